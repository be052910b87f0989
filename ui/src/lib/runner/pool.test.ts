import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PythonPool, RECYCLE_HEAP_BYTES, SPARE_AFTER_MS } from "./pool";
import type { FromWorker, ToWorker } from "./protocol";

/** A stand-in for the Python worker that the test drives by hand. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ToWorker[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(message: ToWorker) {
    this.sent.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  reply(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }

  ready() {
    this.reply({ type: "ready", loadMs: 5, fromSnapshot: false });
  }

  get run() {
    const run = this.sent.find((m) => m.type === "run");
    if (!run || run.type !== "run") throw new Error("no run was posted");
    return run;
  }
}

const JOB = { mode: "challenge", code: "x = 1", tests: "", hidden: false } as const;
const RESULT = JSON.stringify({
  type: "result",
  status: "ok",
  error: null,
  setup: { ms: 0, stdout: "", stderr: "", truncated: false },
  tests: [],
  passed: 0,
  total: 0,
});

function pool() {
  return new PythonPool(() => new FakeWorker() as unknown as Worker, "pyruntime://localhost/");
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("PythonPool", () => {
  it("tells the worker where its snapshot cache is, then runs a job once ready", async () => {
    const python = pool();
    const outcome = python.run(JOB, { limitMs: 10_000 });
    const worker = FakeWorker.made[0];
    expect(worker.sent[0]).toEqual({ type: "init", cacheBase: "pyruntime://localhost/" });
    worker.ready();
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    const { id, nonce } = worker.run;
    worker.reply({ type: "done", id, nonce, json: RESULT, heapBytes: 1 });
    expect((await outcome).kind).toBe("challenge");
    expect(python.busy).toBe(false);
  });

  it("ignores replies without the run's nonce, so user code cannot fake a result", async () => {
    const python = pool();
    const outcome = python.run(JOB, { limitMs: 1_000 });
    const worker = FakeWorker.made[0];
    worker.ready();
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    const { id } = worker.run;
    worker.reply({ type: "done", id, nonce: "guessed", json: RESULT, heapBytes: 1 });
    worker.reply({ type: "started", id, nonce: "guessed", index: 0, name: "fake" });
    vi.advanceTimersByTime(1_000);
    const ended = await outcome;
    expect(ended).toMatchObject({ kind: "timeout", running: null, limitMs: 1_000 });
  });

  it("stops a runaway run at its limit, says which test ran, and a warm spare takes over", async () => {
    const python = pool();
    const outcome = python.run(JOB, { limitMs: 10_000 });
    const first = FakeWorker.made[0];
    first.ready();
    await vi.waitFor(() => expect(first.sent).toHaveLength(2));
    const { id, nonce } = first.run;
    first.reply({
      type: "planned",
      id,
      nonce,
      tests: [
        { name: "a", hidden: false },
        { name: "b", hidden: true },
      ],
    });
    first.reply({ type: "started", id, nonce, index: 1, name: "b" });
    vi.advanceTimersByTime(SPARE_AFTER_MS);
    const spare = FakeWorker.made[1];
    expect(spare, "a spare starts warming once the run looks slow").toBeDefined();
    spare.ready();
    vi.advanceTimersByTime(10_000 - SPARE_AFTER_MS);
    const ended = await outcome;
    expect(ended).toMatchObject({ kind: "timeout", running: { index: 1, name: "b" } });
    expect(first.terminated).toBe(true);
    expect(python.state).toBe("ready");
    expect(FakeWorker.made).toHaveLength(3);
    expect(FakeWorker.made[2].terminated, "another spare warms after the kill").toBe(false);
  });

  it("replaces a worker whose memory grew past the limit after its run", async () => {
    const python = pool();
    const outcome = python.run(JOB, { limitMs: 10_000 });
    const worker = FakeWorker.made[0];
    worker.ready();
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    const { id, nonce } = worker.run;
    worker.reply({ type: "done", id, nonce, json: RESULT, heapBytes: RECYCLE_HEAP_BYTES + 1 });
    await outcome;
    expect(worker.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it("reports a runtime that cannot start, and a stop while it loads cancels the run", async () => {
    const python = pool();
    const failing = python.run(JOB, { limitMs: 10_000 });
    FakeWorker.made[0].reply({ type: "failed", message: "no wasm" });
    expect(await failing).toEqual({ kind: "unavailable", message: "no wasm" });

    const other = pool();
    const cancelled = other.run(JOB, { limitMs: 10_000 });
    other.stop();
    FakeWorker.made[1].ready();
    expect((await cancelled).kind).toBe("stopped");
    expect(FakeWorker.made[1].sent.some((m) => m.type === "run")).toBe(false);
  });
});
