// Copies the Pyodide runtime (Python 3.14 on WebAssembly) from node_modules into
// the UI's static assets, so the app serves it itself and never fetches it.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

import { root } from "./lib.mjs";

const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

const source = path.join(root, "node_modules", "pyodide");
const target = path.join(root, "ui", "static", "pyodide");
mkdirSync(target, { recursive: true });
for (const file of PYODIDE_FILES) copyFileSync(path.join(source, file), path.join(target, file));
