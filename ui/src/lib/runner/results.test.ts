import { describe, expect, it } from "vitest";
import type { TestResult } from "./protocol";
import { toRunView } from "./results";

function test(name: string, status: TestResult["status"]): TestResult {
  return {
    name,
    hidden: false,
    status,
    expected: "[2, 3]",
    actual: status === "passed" ? "[2, 3]" : "[0, 1]",
    error: null,
    message: null,
    stdout: "",
    stderr: "",
    truncated: false,
    ms: 1,
  };
}

const SETUP = { ms: 1, stdout: "", stderr: "", truncated: false };

describe("toRunView", () => {
  it("counts the passed tests of a finished run", () => {
    const view = toRunView({
      kind: "challenge",
      result: {
        type: "result",
        status: "ok",
        error: null,
        setup: SETUP,
        tests: [test("a", "passed"), test("b", "failed")],
        passed: 1,
        total: 2,
      },
    });
    expect(view).toMatchObject({
      tone: "wrong",
      headline: "1 of 2 tests passed",
      passed: 1,
      total: 2,
    });
  });

  it("names a syntax error with its line", () => {
    const view = toRunView({
      kind: "challenge",
      result: {
        type: "result",
        status: "compile_error",
        error: { type: "SyntaxError", message: "invalid syntax", line: 3 },
        setup: SETUP,
        tests: [],
        passed: 0,
        total: 0,
      },
    });
    expect(view.headline).toBe("Your code has a syntax error");
    expect(view.error?.line).toBe(3);
    expect(view.total).toBeNull();
  });

  it("keeps the tests that finished before the limit and marks the rest", () => {
    const view = toRunView({
      kind: "timeout",
      limitMs: 10_000,
      running: { index: 1, name: "big" },
      progress: {
        planned: [
          { name: "small", hidden: false },
          { name: "big", hidden: true },
          { name: "last", hidden: true },
        ],
        finished: [test("small", "passed")],
      },
    });
    expect(view.headline).toBe("Stopped after 10 s: the time limit");
    expect(view.detail).toBe("while running test 2: big");
    expect(view.tests.map((t) => t.status)).toEqual(["passed", "timeout", "not_run"]);
    expect([view.passed, view.total]).toEqual([1, 3]);
  });

  it("says a run stopped while the user's code was loading", () => {
    const view = toRunView({
      kind: "timeout",
      limitMs: 2_500,
      running: { index: -1, name: "loading your code" },
      progress: { planned: null, finished: [] },
    });
    expect(view.headline).toBe("Stopped after 2.5 s: the time limit");
    expect(view.detail).toBe("while loading your code");
    expect(view.tests).toEqual([]);
  });

  it("explains a stack overflow that took the runtime down", () => {
    const view = toRunView({
      kind: "crashed",
      message: "RangeError: Maximum call stack size exceeded",
      running: { index: 0, name: "deep" },
      progress: { planned: [{ name: "deep", hidden: false }], finished: [] },
    });
    expect(view.headline).toBe("Stopped: the recursion went deeper than the runtime's stack");
    expect(view.tests.map((t) => t.status)).toEqual(["error"]);
  });
});
