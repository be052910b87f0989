// Runs Python in a Web Worker and stops it when it runs too long. A runaway
// program cannot be interrupted inside WebAssembly here (no SharedArrayBuffer
// in WebKitGTK), so the limit terminates the whole worker. So that the next run
// does not wait for a cold start, a spare worker starts warming as soon as a
// run looks slow, and again after every kill; it takes over when one is killed.

import type {
  BlockResult,
  ChallengeResult,
  FromWorker,
  Job,
  Progress,
  RunOutcome,
  Running,
} from "./protocol";

/** A run slower than this may hit its limit: start warming a spare worker. */
export const SPARE_AFTER_MS = 1_000;
/** WebAssembly memory never shrinks: a worker that grew past this is replaced after its run. */
export const RECYCLE_HEAP_BYTES = 512 * 1024 * 1024;

export type RuntimeState = "cold" | "loading" | "ready" | "failed";

interface Slot {
  worker: Worker;
  ready: Promise<boolean>;
  state: RuntimeState;
  failure: string | null;
  loadMs: number | null;
  fromSnapshot: boolean;
}

interface ActiveRun {
  id: number;
  nonce: string;
  slot: Slot;
  running: Running | null;
  progress: Progress;
  onStarted: ((running: Running) => void) | null;
  /** Set once the job is posted to the worker; until then a stop only cancels. */
  finish: ((outcome: RunOutcome) => void) | null;
  timers: ReturnType<typeof setTimeout>[];
}

export interface RunOptions {
  limitMs: number;
  onStarted?: (running: Running) => void;
}

export class PythonPool {
  #createWorker: () => Worker;
  #cacheBase: string | null;
  #active: Slot | null = null;
  #spare: Slot | null = null;
  #run: ActiveRun | null = null;
  #nextId = 1;
  #listeners = new Set<(state: RuntimeState) => void>();

  /** `cacheBase`: where the worker keeps its start-up snapshot, or null for no cache. */
  constructor(createWorker: () => Worker, cacheBase: string | null = null) {
    this.#createWorker = createWorker;
    this.#cacheBase = cacheBase;
  }

  get state(): RuntimeState {
    return this.#active?.state ?? "cold";
  }

  /** How long the current worker took to load, once it has. */
  get loadMs(): number | null {
    return this.#active?.loadMs ?? null;
  }

  /** Whether the current worker started from the cached snapshot. */
  get fromSnapshot(): boolean {
    return this.#active?.fromSnapshot ?? false;
  }

  get busy(): boolean {
    return this.#run !== null;
  }

  /** Calls `listener` whenever the runtime's state changes; returns the unsubscribe. */
  subscribe(listener: (state: RuntimeState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts loading the runtime if it is not loaded or loading. */
  warm(): Promise<boolean> {
    this.#active ??= this.#promoteSpareOrStart();
    return this.#active.ready;
  }

  /** Runs one job; resolves with how it ended. One run at a time. */
  async run(job: Job, options: RunOptions): Promise<RunOutcome> {
    if (this.#run) throw new Error("a run is already in progress");
    const slot = (this.#active ??= this.#promoteSpareOrStart());
    const run: ActiveRun = {
      id: this.#nextId++,
      nonce: randomNonce(),
      slot,
      running: null,
      progress: { planned: null, finished: [] },
      onStarted: options.onStarted ?? null,
      finish: null,
      timers: [],
    };
    this.#run = run;
    const ok = await slot.ready;
    if (this.#run !== run) return { kind: "stopped", running: null, progress: run.progress };
    if (!ok) {
      this.#run = null;
      return { kind: "unavailable", message: slot.failure ?? "the Python runtime could not start" };
    }
    return new Promise<RunOutcome>((resolve) => {
      run.finish = (outcome) => {
        run.timers.forEach(clearTimeout);
        if (this.#run === run) this.#run = null;
        resolve(outcome);
      };
      run.timers.push(
        setTimeout(
          () =>
            this.#kill({
              kind: "timeout",
              running: run.running,
              progress: run.progress,
              limitMs: options.limitMs,
            }),
          options.limitMs,
        ),
        setTimeout(() => this.#warmSpare(), SPARE_AFTER_MS),
      );
      slot.worker.postMessage({ type: "run", id: run.id, nonce: run.nonce, job });
    });
  }

  /** Stops the run in progress, as the user asked. */
  stop(): void {
    const run = this.#run;
    if (!run) return;
    if (run.finish) this.#kill({ kind: "stopped", running: run.running, progress: run.progress });
    else this.#run = null;
  }

  /** Terminates every worker. */
  dispose(): void {
    this.stop();
    for (const slot of [this.#active, this.#spare]) slot?.worker.terminate();
    this.#active = this.#spare = null;
    this.#emit();
  }

  #kill(outcome: RunOutcome): void {
    const run = this.#run;
    if (!run?.finish) return;
    performance.mark("pyprep:worker-killed");
    run.slot.worker.terminate();
    if (this.#active === run.slot) this.#active = null;
    this.#active = this.#promoteSpareOrStart();
    this.#warmSpare();
    run.finish(outcome);
  }

  #warmSpare(): void {
    this.#spare ??= this.#start();
  }

  #promoteSpareOrStart(): Slot {
    const spare = this.#spare;
    this.#spare = null;
    const slot = spare ?? this.#start();
    queueMicrotask(() => this.#emit());
    return slot;
  }

  #start(): Slot {
    const worker = this.#createWorker();
    let settle: (ok: boolean) => void = () => {};
    const slot: Slot = {
      worker,
      ready: new Promise<boolean>((resolve) => (settle = resolve)),
      state: "loading",
      failure: null,
      loadMs: null,
      fromSnapshot: false,
    };
    worker.postMessage({ type: "init", cacheBase: this.#cacheBase });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(slot, event.data, settle);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#receive(
        slot,
        { type: "failed", message: event.message || "the Python worker failed to start" },
        settle,
      );
    };
    return slot;
  }

  #receive(slot: Slot, message: FromWorker, settle: (ok: boolean) => void): void {
    if (message.type === "ready" || message.type === "failed") {
      slot.state = message.type === "ready" ? "ready" : "failed";
      slot.loadMs = message.type === "ready" ? message.loadMs : null;
      slot.fromSnapshot = message.type === "ready" && message.fromSnapshot;
      slot.failure = message.type === "failed" ? message.message : null;
      settle(message.type === "ready");
      if (slot === this.#active) this.#emit();
      return;
    }
    const run = this.#run;
    if (!run || run.slot !== slot || message.id !== run.id || message.nonce !== run.nonce) return;
    if (message.type === "planned") {
      run.progress.planned = message.tests;
    } else if (message.type === "started") {
      run.running = { index: message.index, name: message.name };
      run.onStarted?.(run.running);
    } else if (message.type === "tested") {
      run.progress.finished.push(message.test);
    } else if (message.type === "crashed") {
      const { running, progress } = run;
      this.#kill({ kind: "crashed", running, progress, message: message.message });
    } else {
      if (message.heapBytes > RECYCLE_HEAP_BYTES) this.#recycle(slot);
      run.finish?.(parseResult(message.json));
    }
  }

  #recycle(slot: Slot): void {
    slot.worker.terminate();
    if (this.#active === slot) this.#active = this.#promoteSpareOrStart();
  }

  #emit(): void {
    // For the runner benchmark (scripts/bench-runner.mjs): when a run could start at once.
    if (this.state === "ready") performance.mark("pyprep:runtime-ready");
    for (const listener of this.#listeners) listener(this.state);
  }
}

function parseResult(json: string): RunOutcome {
  const result = JSON.parse(json) as ChallengeResult | BlockResult;
  return result.type === "block" ? { kind: "block", result } : { kind: "challenge", result };
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
