// What the app ships, as the licences file must cover it: the crates linked
// into the `pyprep` binary and the npm packages bundled into its UI.
import { readFileSync } from "node:fs";
import path from "node:path";

import { capture, root } from "../lib.mjs";

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
 * npm packages in the UI bundle: package.json's `dependencies` and theirs, from
 * the lock file. Pyodide is the Python runtime (see `pythonRuntime`): the app
 * ships its files, not the packages it needs under Node.
 */
export function shippedNpmPackages() {
  const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const entry = (name) => lock.packages[`node_modules/${name}`];
  const names = new Set();
  const queue = Object.keys(lock.packages[""].dependencies ?? {});
  while (queue.length > 0) {
    const name = queue.shift();
    if (names.has(name) || name === "pyodide") continue;
    if (!entry(name)) throw new Error(`${name} is not in package-lock.json: run npm install`);
    names.add(name);
    queue.push(...Object.keys(entry(name).dependencies ?? {}));
  }
  return [...names].sort().map((name) => ({ name, version: entry(name).version }));
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
