// Loads what a page shows for the key in its address (a slug, an id), again
// whenever the key changes; a late answer for an old key is dropped.

import { toApiError } from "./api";

export interface LoadError {
  kind: string;
  message: string;
}

/**
 * Call during component setup. `reset` runs on every key change, before the load.
 * With `keepPrevious`, the old data stays on screen until the new key's arrives
 * (for filters on one page, where blanking the page would flicker).
 */
export function keyedLoad<T>(
  key: () => string,
  fetch: (key: string) => Promise<T>,
  reset?: () => void,
  keepPrevious = false,
) {
  let data = $state<T | null>(null);
  let error = $state<LoadError | null>(null);

  async function load(target: string) {
    error = null;
    try {
      const result = await fetch(target);
      if (target === key()) data = result;
    } catch (e) {
      const apiError = toApiError(e);
      error = { kind: apiError.kind, message: apiError.message };
    }
  }

  $effect(() => {
    const target = key();
    if (!keepPrevious) data = null;
    reset?.();
    void load(target);
  });

  return {
    get data() {
      return data;
    },
    get error() {
      return error;
    },
    reload: () => load(key()),
  };
}
