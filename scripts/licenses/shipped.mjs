// What the app ships, as the licences file must cover it: the crates linked
// into the `pyprep` binary and the npm packages bundled into its UI.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { capture, root } from "../lib.mjs";
import { BUNDLED_LIST } from "./bundled.mjs";

/**
 * Crates the `pyprep` binary links on `platform`, as "name version": its normal
 * dependencies with the features the build really enables (`cargo tree`),
 * leaving out what only the compiler runs (proc macros and their dependencies).
 */
export function shippedCrates(platform = "x86_64-unknown-linux-gnu") {
  const tree = capture(
    "cargo",
    [
      "tree",
      "-e",
      "normal,no-proc-macro",
      "-p",
      "pyprep",
      "--target",
      platform,
      "--prefix",
      "none",
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  if (tree.status !== 0) throw new Error(`cargo tree failed: ${tree.stderr}`);
  const crates = new Set();
  for (const line of tree.stdout.split("\n")) {
    const [name, version, source] = line.split(" ");
    // Workspace members carry their path; they are Pyprep itself.
    if (name && version && !source?.startsWith("(/")) crates.add(`${name} ${version.slice(1)}`);
  }
  return [...crates].sort();
}

/**
 * npm packages in the UI bundle, as the last `vite build` listed them (see
 * bundled.mjs). Pyodide is not among them: the app ships its files as they
 * are (see `pythonRuntime`).
 */
export function shippedNpmPackages() {
  if (!existsSync(BUNDLED_LIST)) {
    throw new Error(`${path.relative(root, BUNDLED_LIST)} is missing: run \`npm run ui:build\``);
  }
  return JSON.parse(readFileSync(BUNDLED_LIST, "utf8"));
}

/** The Python runtime the app ships: Pyodide and the CPython it is built from, with its standard library. */
export function pythonRuntime() {
  const pyodide = path.join(root, "node_modules", "pyodide");
  const { version } = JSON.parse(readFileSync(path.join(pyodide, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(path.join(pyodide, "pyodide-lock.json"), "utf8"));
  return [
    { name: "pyodide", version, license: "MPL-2.0" },
    { name: "CPython and its standard library", version: lock.info.python, license: "PSF-2.0" },
  ];
}
