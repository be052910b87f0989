// Applies the theme setting to <html data-theme>. "system" follows the OS live.

import type { Theme } from "./bindings";
import { remember } from "./remembered";

export const THEME_KEY = "pyprep.theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

let media: MediaQueryList | null = null;
let current: Theme = "system";

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(theme: Theme, prefersDark: boolean): "light" | "dark" {
  if (theme === "system") return prefersDark ? "dark" : "light";
  return theme;
}

function paint(): void {
  document.documentElement.dataset.theme = resolveTheme(current, systemPrefersDark());
}

function onSystemChange(): void {
  if (current === "system") paint();
}

/** Sets the theme now and remembers it for the next start's first frame (firstFrame.ts). */
export function applyTheme(theme: Theme): void {
  current = theme;
  if (!media && typeof window.matchMedia === "function") {
    media = window.matchMedia(DARK_QUERY);
    media.addEventListener("change", onSystemChange);
  }
  paint();
  remember(THEME_KEY, theme);
}
