// Runs Python jobs under Pyodide (Python 3.14 on WebAssembly) in Node, through
// the app's own harness, for the content tests (src-tauri/core/tests/content/pyodide.rs).
//
// Reads a JSON list of jobs on stdin: {id, mode: "block" | "challenge", code,
// tests?, hidden?}. Prints one JSON object a line: {"started": id} before a job,
// so a hang can be pinned on it, and {"id", "result"} after it, where result is
// the harness's own result message. A fatal runtime error prints {"id", "fatal"}
// and exits with code 3: the runtime is unusable after one.
import { readFileSync, writeSync } from "node:fs";
import path from "node:path";

import { root } from "./lib.mjs";

const HARNESS = path.join(root, "src-tauri", "core", "src", "runner", "harness.py");

// Synchronous, so every line is out before a job that never returns starts.
const print = (message) => writeSync(1, JSON.stringify(message) + "\n");

let loadPyodide;
try {
  ({ loadPyodide } = await import("pyodide"));
} catch {
  console.error("Pyodide is not installed: run `npm install` in the repository root.");
  process.exit(2);
}

const jobs = JSON.parse(readFileSync(0, "utf8"));
// What user code prints is captured by the harness; anything else is not ours to show.
const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
pyodide.FS.writeFile("/home/pyodide/pyprep_harness.py", readFileSync(HARNESS, "utf8"));
const harness = pyodide.pyimport("pyprep_harness");

for (const job of jobs) {
  print({ started: job.id });
  try {
    const json =
      job.mode === "challenge"
        ? harness.run_challenge(job.code, job.tests, job.hidden ?? true, () => {})
        : harness.run_block(job.code);
    print({ id: job.id, result: JSON.parse(json) });
  } catch (error) {
    print({ id: job.id, fatal: error instanceof Error ? error.message : String(error) });
    process.exit(3);
  }
}
