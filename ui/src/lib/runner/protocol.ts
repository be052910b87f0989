// The messages between the page and the Python worker, and how a run ends.
// Both sides import this file; the worker knows nothing of Svelte. The shapes
// the harness (src-tauri/core/src/runner/harness.py) reports are the engine's
// own runner types, generated from Rust.

import type {
  BlockResult as HarnessBlock,
  ChallengeResult as HarnessChallenge,
  PlannedTest,
  TestResult as HarnessTest,
  UserError,
} from "../bindings";

export type { PlannedTest, UserError };

export type Job =
  | { mode: "challenge"; code: string; tests: string; hidden: boolean }
  | { mode: "block"; code: string };

/**
 * Page to worker: first `init` (where the runtime cache is, or null for none),
 * then runs. A run's `nonce` never reaches Python, so user code cannot forge replies.
 */
export type ToWorker =
  { type: "init"; cacheBase: string | null } | { type: "run"; id: number; nonce: string; job: Job };

/** Worker to page. */
export type FromWorker =
  | { type: "ready"; loadMs: number; fromSnapshot: boolean }
  | { type: "failed"; message: string }
  | { type: "planned"; id: number; nonce: string; tests: PlannedTest[] }
  | { type: "started"; id: number; nonce: string; index: number; name: string }
  | { type: "tested"; id: number; nonce: string; index: number; test: TestResult }
  | { type: "done"; id: number; nonce: string; json: string; heapBytes: number }
  | { type: "crashed"; id: number; nonce: string; message: string };

/** What the harness reports for one test. */
export type TestResult = HarnessTest;

/** A test as the results panel lists it: reported, or cut off by a stop. */
export type TestRow = Omit<TestResult, "status"> & {
  status: TestResult["status"] | "timeout" | "not_run";
};

export type ChallengeResult = { type: "result" } & HarnessChallenge;

export type BlockResult = { type: "block" } & HarnessBlock;

/** The test that was running when a run was stopped (index -1: loading the user's code). */
export interface Running {
  index: number;
  name: string;
}

/** What a stopped run got through: the tests it meant to run and those that finished. */
export interface Progress {
  planned: PlannedTest[] | null;
  finished: TestResult[];
}

/** How a run ended, whichever runtime ran it. */
export type RunOutcome =
  | { kind: "challenge"; result: ChallengeResult }
  | { kind: "block"; result: BlockResult }
  | { kind: "timeout"; running: Running | null; progress: Progress; limitMs: number }
  | { kind: "crashed"; running: Running | null; progress: Progress; message: string }
  | { kind: "stopped"; running: Running | null; progress: Progress }
  | { kind: "unavailable"; message: string };
