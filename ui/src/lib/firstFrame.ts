// What the page needs before its first frame, which comes before any of the
// app's scripts run: index.html carries the shell drawn at build time
// (hooks.server.ts) and two inline scripts. The first, in its <head>, gives
// that frame the right colours, fonts and shape; the second, right after the
// shell, puts the copy of Home kept the last time it was on screen in its
// place (lib/homeSnapshot.ts). Each runs as its own source text, so it uses
// nothing from outside itself; the storage keys come in as arguments.

import { version } from "$app/environment";
import { HOME_SNAPSHOT_KEY, type HomeSnapshot } from "./homeSnapshot";
import { RETURNING_KEY } from "./returning";
import { THEME_KEY } from "./theme";

export interface FirstFrameKeys {
  theme: string;
  returning: string;
}

/**
 * Marks <html> for the first frame:
 * - `data-theme`: last run's theme, or the OS preference when it was "system";
 * - `data-platform`: "linux" in WebKitGTK, whose font stack styles/tokens.css
 *   keeps short (it asks fontconfig for every family of a stack at each new
 *   size and weight; a list of fonts the machine lacks made each layout of
 *   Home take about 150 ms more), "mac" on macOS;
 * - `data-returning`: the last start found the user past the welcome, so the
 *   shell drawn at build time is shown (styles/base.css).
 */
export function markFirstFrame(keys: FirstFrameKeys): void {
  const root = document.documentElement;
  const recall = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const theme = recall(keys.theme);
  const prefersDark =
    typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  root.dataset.theme = theme === "dark" || (theme !== "light" && prefersDark) ? "dark" : "light";
  const agent = navigator.userAgent;
  if (/\b(Linux|X11)\b/.test(agent) && !/\bAndroid\b/.test(agent)) root.dataset.platform = "linux";
  else if (/\bMac OS X\b/.test(agent)) root.dataset.platform = "mac";
  if (recall(keys.returning) === "yes") root.dataset.returning = "";
}

export interface SnapshotKeys {
  key: string;
  build: string;
}

/**
 * Puts the copy of the shell with Home that the app kept the last time Home
 * was on screen (lib/homeSnapshot.ts) in place of the empty one drawn at build
 * time, if this build kept it and its date and greeting still hold, and the
 * start opens Home (a reload elsewhere gets index.html too). It runs right
 * after #first-frame is parsed.
 */
export function drawHomeSnapshot(keys: SnapshotKeys): void {
  const frame = document.getElementById("first-frame");
  let kept: Partial<HomeSnapshot> | null;
  try {
    kept = JSON.parse(localStorage.getItem(keys.key) ?? "null");
  } catch {
    return;
  }
  const now = Date.now();
  const holds = Number(kept?.taken) <= now && now < Number(kept?.until);
  const home = location.pathname === "/";
  if (frame && home && kept?.build === keys.build && typeof kept.html === "string" && holds) {
    frame.innerHTML = kept.html;
    frame.dataset.kept = "";
  }
}

/** The inline <script> body that index.html runs first, in its <head>. */
export function firstFrameScript(): string {
  const keys: FirstFrameKeys = { theme: THEME_KEY, returning: RETURNING_KEY };
  return `(${markFirstFrame.toString()})(${JSON.stringify(keys)});`;
}

/** The inline <script> body that index.html runs after #first-frame. */
export function homeSnapshotScript(): string {
  const keys: SnapshotKeys = { key: HOME_SNAPSHOT_KEY, build: version };
  return `(${drawHomeSnapshot.toString()})(${JSON.stringify(keys)});`;
}
