// `npm start`: from a fresh clone, install what is needed, build and launch Pyprep.
import { existsSync } from "node:fs";
import path from "node:path";

import { appFeatures, root, run } from "./lib.mjs";
import { ensureSystemDependencies } from "./system-deps.mjs";

function step(title, status) {
  if (status !== 0) {
    console.error(`\n${title} failed (exit ${status}).`);
    process.exit(status);
  }
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Pyprep needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}
// Said before anything is installed or built: the window could not open anyway.
if (
  !["darwin", "win32"].includes(process.platform) &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.error(
    "Pyprep needs a display for its window and found none (neither DISPLAY nor WAYLAND_DISPLAY is set): run `npm start` from a desktop session, or under a virtual display with `xvfb-run -a npm start`.",
  );
  process.exit(1);
}
if (!existsSync(path.join(root, "node_modules", ".package-lock.json"))) {
  step("Installing npm packages", run("npm", ["install", "--no-fund", "--no-audit"]));
}
if (!ensureSystemDependencies()) process.exit(1);

step("Building the UI", run("npm", ["run", "ui:build"]));
console.log("Building Pyprep (the first build takes a few minutes)...");
step("Building the app", run("cargo", ["build", "-p", "pyprep", ...appFeatures]));

const binary = path.join(
  root,
  "target",
  "debug",
  process.platform === "win32" ? "pyprep.exe" : "pyprep",
);
process.exit(run(binary, process.argv.slice(2)));
