// The app has one page file, index.html, built once (adapter-static's
// fallback; no route renders on a server). This fills in its first frame,
// shown before any script of the app has run: the shell, drawn here at build
// time, and the inline script that gives it last run's theme (lib/firstFrame.ts).
import type { Handle } from "@sveltejs/kit";
import { render } from "svelte/server";
import AppShell from "$lib/components/AppShell.svelte";
import { firstFrameScript } from "$lib/firstFrame";

const noop = () => {};
// Without its test ids: tests that wait for the app's elements find only the app's own.
const shell = render(AppShell, {
  props: { path: "/", dueBadge: 0, streak: 0, onsearch: noop, onhelp: noop },
}).body.replace(/ data-testid="[^"]*"/g, "");
const script = `<script>${firstFrameScript()}</script>`;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      html
        .replace("<!--pyprep:first-frame-script-->", script)
        .replace("<!--pyprep:first-frame-->", shell),
  });
