// The app has one page file, index.html: Home's, built once (no route renders
// on a server; Tauri serves it for every path). This fills in its first frame,
// shown before any script of the app has run: the shell, drawn here at build
// time, the inline script that gives it last run's theme, and the one that
// puts the copy of Home kept when it was last on screen in its place
// (lib/firstFrame.ts).
import type { Handle } from "@sveltejs/kit";
import { render } from "svelte/server";
import AppShell from "$lib/components/AppShell.svelte";
import { firstFrameScript, homeSnapshotScript } from "$lib/firstFrame";
import { withoutTestIds } from "$lib/homeSnapshot";

const noop = () => {};
const shell = withoutTestIds(
  render(AppShell, {
    props: { path: "/", dueBadge: 0, streak: 0, onsearch: noop, onhelp: noop },
  }).body,
);
const marks = `<script>${firstFrameScript()}</script>`;
const snapshot = `<script>${homeSnapshotScript()}</script>`;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    // No early requests for the scripts: they would be served and compiled
    // ahead of the stylesheets, which the first frame waits for. The scripts
    // are asked for once the page is parsed.
    preload: ({ type }) => type !== "js",
    transformPageChunk: ({ html }) =>
      html
        .replace("<!--pyprep:first-frame-script-->", marks)
        .replace("<!--pyprep:first-frame-->", shell)
        .replace("<!--pyprep:first-frame-home-->", snapshot),
  });
