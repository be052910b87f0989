// Applies the theme setting to <html data-theme>. "system" follows the OS live.

import type { Theme } from "./bindings";
import { recall, remember } from "./remembered";

const STORAGE_KEY = "pyprep.theme";
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

/** Sets the theme now and remembers it so the next start paints the right colours at once. */
export function applyTheme(theme: Theme): void {
  current = theme;
  if (!media && typeof window.matchMedia === "function") {
    media = window.matchMedia(DARK_QUERY);
    media.addEventListener("change", onSystemChange);
  }
  paint();
  remember(STORAGE_KEY, theme);
}

/** The theme used last time, before the settings arrive from the engine. */
export function rememberedTheme(): Theme {
  const stored = recall(STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}
