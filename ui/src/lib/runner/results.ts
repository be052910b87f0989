// Turns how a run ended into what the results panel shows.

import type { Progress, RunOutcome, Running, TestRow, UserError } from "./protocol";

export interface RunView {
  tone: "right" | "wrong" | "neutral";
  headline: string;
  detail: string | null;
  error: UserError | null;
  /** What the user's code printed while it was loading, before any test. */
  setupOutput: string | null;
  tests: TestRow[];
  /** Tests passed, of how many ran; null when the run ended before its tests. */
  passed: number | null;
  total: number | null;
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

function runningNote(running: Running | null): string | null {
  if (!running) return null;
  return running.index < 0
    ? "while loading your code"
    : `while running test ${running.index + 1}: ${running.name}`;
}

function empty(tone: RunView["tone"], headline: string, detail: string | null): RunView {
  return {
    tone,
    headline,
    detail,
    error: null,
    setupOutput: null,
    tests: [],
    passed: null,
    total: null,
  };
}

const STOPPED_HERE = {
  timeout:
    "Still running when the time limit stopped the program: look for a loop that never ends, or a slow approach.",
  crash: "The runtime stopped while this test ran, most often from recursion that goes too deep.",
} as const;

const NOT_FINISHED = {
  expected: null,
  actual: null,
  error: null,
  stdout: "",
  stderr: "",
  truncated: false,
  ms: 0,
} as const;

/**
 * The tests of a run that was stopped: those that finished, the one that was
 * running (timed out), and the rest not run. Passed and total count them all.
 */
function stoppedTests(
  running: Running | null,
  progress: Progress,
  cause: "timeout" | "crash" | "stop",
): Pick<RunView, "tests" | "passed" | "total"> {
  const planned = progress.planned;
  if (!planned) return { tests: [], passed: null, total: null };
  const tests: TestRow[] = planned.map((test, index) => {
    const finished = progress.finished[index];
    if (finished) return finished;
    const stoppedHere = cause !== "stop" && running?.index === index;
    return {
      ...test,
      ...NOT_FINISHED,
      status: stoppedHere ? (cause === "timeout" ? "timeout" : "error") : "not_run",
      message: stoppedHere ? STOPPED_HERE[cause] : null,
    };
  });
  return {
    tests,
    passed: progress.finished.filter((test) => test.status === "passed").length,
    total: planned.length,
  };
}

export function toRunView(outcome: RunOutcome): RunView {
  switch (outcome.kind) {
    case "unavailable":
      return empty("wrong", "Python could not start", outcome.message);
    case "stopped":
      return {
        ...empty("neutral", "Stopped", runningNote(outcome.running)),
        ...stoppedTests(outcome.running, outcome.progress, "stop"),
      };
    case "crashed":
      return {
        ...empty(
          "wrong",
          /call stack/i.test(outcome.message)
            ? "Stopped: the recursion went deeper than the runtime's stack"
            : "The Python runtime crashed",
          runningNote(outcome.running) ?? outcome.message,
        ),
        ...stoppedTests(outcome.running, outcome.progress, "crash"),
      };
    case "timeout":
      return {
        ...empty(
          "wrong",
          `Stopped after ${seconds(outcome.limitMs)}: the time limit`,
          runningNote(outcome.running),
        ),
        ...stoppedTests(outcome.running, outcome.progress, "timeout"),
      };
    case "block": {
      const { result } = outcome;
      return {
        ...empty(
          result.error ? "wrong" : "neutral",
          result.error ? `${result.error.type}` : "Ran",
          null,
        ),
        error: result.error,
      };
    }
    case "challenge": {
      const { result } = outcome;
      const setupOutput = result.setup.stdout + result.setup.stderr || null;
      if (result.status !== "ok") {
        const headline =
          result.status === "compile_error"
            ? "Your code has a syntax error"
            : result.status === "setup_error"
              ? "Your code raised an error while loading"
              : "The tests themselves failed to load";
        return { ...empty("wrong", headline, null), error: result.error, setupOutput };
      }
      const allPassed = result.total > 0 && result.passed === result.total;
      return {
        tone: allPassed ? "right" : "wrong",
        headline: allPassed
          ? `All ${result.total} tests passed`
          : `${result.passed} of ${result.total} tests passed`,
        detail: null,
        error: null,
        setupOutput,
        tests: result.tests,
        passed: result.passed,
        total: result.total,
      };
    }
  }
}
