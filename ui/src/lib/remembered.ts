// What the UI keeps between runs to draw its first frame before the engine
// answers (the theme, whether the user is past the welcome). Storage can be
// unavailable; then nothing is remembered and each start is drawn as a first one.

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`; null forgets it. */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing is lost: the engine's answers still apply for this run.
  }
}
