// The Python worker: loads Pyodide from the app's own assets, then runs one job
// at a time through the harness. It posts with a reference captured before any
// user code runs, and tags every reply with the run's nonce, which Python never
// sees: code that calls `js.postMessage` cannot fake a result.
//
// Starting the interpreter is most of Pyodide's load time, so the first start
// saves a memory snapshot (taken before any user code ran) to the app's runtime
// cache, and later starts restore it.

/// <reference lib="webworker" />
import harnessSource from "../../../../src-tauri/core/src/runner/harness.py?raw";
import type { FromWorker, PlannedTest, TestResult, ToWorker } from "./protocol";
import { snapshotName } from "./snapshot";

type Harness = {
  run_challenge(
    code: string,
    tests: string,
    hidden: boolean,
    report: (text: string) => void,
  ): string;
  run_block(code: string): string;
};
type Pyodide = {
  FS: { writeFile(path: string, data: string): void };
  pyimport(name: string): Harness & { destroy(): void };
  makeMemorySnapshot(): Uint8Array<ArrayBuffer>;
  _module: { HEAP8: Int8Array };
};
/** What the harness reports while it runs; the result itself comes back as the return value. */
type HarnessReport =
  | { type: "planned"; tests: PlannedTest[] }
  | { type: "started"; index: number; name: string }
  | { type: "tested"; index: number; test: TestResult }
  | { type: "result" };
type LoadPyodide = (options: Record<string, unknown>) => Promise<Pyodide>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (message: FromWorker) => void;
const indexURL = new URL("/pyodide/", scope.location.origin).href;
const quiet = { stdout: () => {}, stderr: () => {} };

async function fetchSnapshot(url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

async function fromSnapshot(loadPyodide: LoadPyodide, url: string): Promise<Pyodide | null> {
  const snapshot = await fetchSnapshot(url);
  if (!snapshot) return null;
  try {
    return await loadPyodide({ indexURL, _loadSnapshot: snapshot, ...quiet });
  } catch {
    return null; // A snapshot from another build: start afresh and replace it.
  }
}

async function fresh(loadPyodide: LoadPyodide, snapshotUrl: string | null): Promise<Pyodide> {
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: snapshotUrl !== null, ...quiet });
  pyodide.FS.writeFile("/home/pyodide/pyprep_harness.py", harnessSource);
  pyodide.pyimport("pyprep_harness").destroy();
  if (snapshotUrl) {
    const snapshot = pyodide.makeMemorySnapshot();
    // The cache is best effort: a failed save only means the next start is slow too.
    fetch(snapshotUrl, { method: "PUT", body: snapshot }).catch(() => {});
  }
  return pyodide;
}

async function load(cacheBase: string | null): Promise<{ pyodide: Pyodide; harness: Harness }> {
  const started = performance.now();
  const { loadPyodide, version } = await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`);
  const snapshotUrl = cacheBase ? cacheBase + snapshotName(version, harnessSource) : null;
  const restored = snapshotUrl ? await fromSnapshot(loadPyodide, snapshotUrl) : null;
  const pyodide = restored ?? (await fresh(loadPyodide, snapshotUrl));
  const harness = pyodide.pyimport("pyprep_harness");
  post({ type: "ready", loadMs: performance.now() - started, fromSnapshot: restored !== null });
  return { pyodide, harness };
}

let runtime: Promise<{ pyodide: Pyodide; harness: Harness } | null> | null = null;

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "init") {
    runtime ??= load(message.cacheBase).catch((error: unknown) => {
      post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
      return null;
    });
    return;
  }
  const { id, nonce, job } = message;
  const loaded = await runtime;
  if (!loaded) return;
  try {
    const json =
      job.mode === "block"
        ? loaded.harness.run_block(job.code)
        : loaded.harness.run_challenge(job.code, job.tests, job.hidden, (text: string) => {
            const report = JSON.parse(text) as HarnessReport;
            if (report.type !== "result") post({ ...report, id, nonce });
          });
    post({ type: "done", id, nonce, json, heapBytes: loaded.pyodide._module.HEAP8.length });
  } catch (error) {
    // Only a fatal runtime error gets here: the harness catches everything Python raises.
    post({
      type: "crashed",
      id,
      nonce,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
