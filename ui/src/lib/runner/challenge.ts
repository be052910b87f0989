// Running a challenge's code against its tests, on the runtime it needs.

import type { ChallengeView } from "$lib/api";
import type { RunOutcome } from "./protocol";
import { python, type Runtime } from "./python.svelte";

/** What a Submit reports to the screen that hosts the editor. */
export interface Submitted {
  passed: number;
  total: number;
  hintsUsed: number;
  solutionShown: boolean;
  durationMs: number;
  code: string;
}

/** Where a challenge runs: on CPython when it needs threads or the user asked for it. */
export function runtimeFor(challenge: ChallengeView, alwaysUsePython: boolean): Runtime {
  return challenge.runtime === "cpython" || alwaysUsePython ? "cpython" : "app";
}

/** Runs `code` against the visible tests, or every test when `all`. */
export function runChallenge(
  challenge: ChallengeView,
  code: string,
  all: boolean,
  runtime: Runtime = "app",
): Promise<RunOutcome> {
  return python.run(
    { mode: "challenge", code, tests: challenge.tests, hidden: all },
    challenge.timeLimitS * 1000,
    runtime,
  );
}
