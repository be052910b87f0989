// A returning user's first frame can be Home as they left it. While Home is on
// screen the app keeps a copy of the shell (the sidebar and Home) in storage;
// index.html's inline script (lib/firstFrame.ts) draws that copy instead of
// the empty shell drawn at build time, if this build kept it and its date and
// greeting still hold. The app's own shell replaces it as it mounts. Leaving
// Home forgets the copy, so only a start after closing the window on Home
// finds one, and it never shows figures from before a review or an import.

import { version } from "$app/environment";
import { remember } from "./remembered";

export const HOME_SNAPSHOT_KEY = "pyprep.home";
/** How long the shell must stay unchanged before it is copied. */
const STILL_MS = 300;

export interface HomeSnapshot {
  /** The UI build that drew it: another build's styles would not fit it. */
  build: string;
  taken: number;
  /** When its date or greeting stops being true (format.ts, greetingChangesAt). */
  until: number;
  html: string;
}

/** `html` without its test ids: tests waiting for the app's elements find only the app's own. */
export function withoutTestIds(html: string): string {
  return html.replace(/ data-testid="[^"]*"/g, "");
}

/**
 * Keeps copying `shell` as it changes, until the returned function forgets the
 * copy. `until` (ms since the epoch) is when the copy stops being true.
 */
export function keepHomeSnapshot(shell: HTMLElement, until: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    const snapshot: HomeSnapshot = {
      build: version,
      taken: Date.now(),
      until,
      html: withoutTestIds(shell.outerHTML),
    };
    remember(HOME_SNAPSHOT_KEY, JSON.stringify(snapshot));
  };
  const keepWhenStill = () => {
    clearTimeout(timer);
    timer = setTimeout(keep, STILL_MS);
  };
  const observer = new MutationObserver(keepWhenStill);
  observer.observe(shell, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  keepWhenStill();
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    remember(HOME_SNAPSHOT_KEY, null);
  };
}
