// The app's one Python runner, as runes: screens that can run code call
// `python.warm()` when they open, so the rest of Pyprep pays nothing for it.

import { convertFileSrc, isTauri } from "@tauri-apps/api/core";
import * as api from "$lib/api";
import { PythonPool, type RuntimeState } from "./pool";
import type { Job, RunOutcome, Running } from "./protocol";

/** Where code runs: Python in the app (WebAssembly), or the user's own CPython. */
export type Runtime = "app" | "cpython";

class PythonRunner {
  /** The in-app runtime: cold until a screen that runs code opens. */
  state = $state<RuntimeState>("cold");
  /** The test running now, while a run is in progress. */
  running = $state<Running | null>(null);
  busy = $state(false);
  /** The runtime of the run in progress (a CPython run cannot be stopped by hand). */
  busyOn = $state<Runtime | null>(null);
  /** How long the runtime in use took to load, in ms. */
  loadMs = $state<number | null>(null);
  #pool: PythonPool | null = null;

  get pool(): PythonPool {
    if (!this.#pool) {
      this.#pool = new PythonPool(
        () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }),
        isTauri() ? convertFileSrc("", "pyruntime") : null,
      );
      this.#pool.subscribe((state) => {
        this.state = state;
        this.loadMs = this.#pool?.loadMs ?? null;
      });
    }
    return this.#pool;
  }

  warm(): void {
    void this.pool.warm();
    this.state = this.pool.state;
  }

  async run(job: Job, limitMs: number, runtime: Runtime = "app"): Promise<RunOutcome> {
    this.busy = true;
    this.busyOn = runtime;
    this.running = null;
    // Marks for the runner benchmark (scripts/bench-runner.mjs); they cost nothing.
    performance.mark("pyprep:run-start");
    try {
      if (runtime === "cpython") return await runOnCpython(job, limitMs);
      return await this.pool.run(job, {
        limitMs,
        onStarted: (running) => (this.running = running),
      });
    } finally {
      performance.measure("pyprep:run", "pyprep:run-start");
      this.busy = false;
      this.busyOn = null;
      this.running = null;
      if (this.#pool) this.state = this.#pool.state;
    }
  }

  /** The user's CPython as found or chosen: asked once, then kept until Settings change. */
  cpython = $state<api.PythonStatus | null>(null);

  async loadCpython(force = false): Promise<api.PythonStatus | null> {
    if (this.cpython && !force) return this.cpython;
    try {
      this.cpython = await api.pythonStatus();
    } catch (e) {
      this.cpython = { found: [], chosen: null, problem: api.toApiError(e).message };
    }
    return this.cpython;
  }

  stop(): void {
    this.#pool?.stop();
  }
}

export const python = new PythonRunner();

async function runOnCpython(job: Job, limitMs: number): Promise<RunOutcome> {
  const request: api.RunRequest =
    job.mode === "block"
      ? { mode: "block", code: job.code }
      : { mode: "challenge", code: job.code, tests: job.tests, includeHidden: job.hidden };
  let outcome: api.RunOutcome;
  try {
    outcome = await api.runPython(request, limitMs);
  } catch (e) {
    return { kind: "unavailable", message: api.toApiError(e).message };
  }
  const { result, timedOut, crashed, planned, finished } = outcome;
  if (result?.type === "block") return { kind: "block", result };
  if (result) return { kind: "challenge", result };
  const progress = { planned, finished };
  if (timedOut) {
    const running = { index: timedOut.index, name: timedOut.name };
    return { kind: "timeout", running, progress, limitMs };
  }
  return { kind: "crashed", running: null, progress, message: crashed ?? "Python stopped early" };
}
