// @vitest-environment node
// The Python harness (src-tauri/core/src/runner/harness.py) under Pyodide, the
// runtime the app's worker runs it in: loaded from node_modules, as in the app.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";

import type { BlockResult, ChallengeResult, TestResult } from "./protocol";

type Harness = {
  run_challenge(
    code: string,
    tests: string,
    hidden: boolean,
    report: (text: string) => void,
  ): string;
  run_block(code: string): string;
};

const root = new URL("../../../../", import.meta.url);
const harnessSource = readFileSync(new URL("src-tauri/core/src/runner/harness.py", root), "utf8");
// Given, because under vitest Pyodide cannot work out its own folder.
const indexURL = fileURLToPath(new URL("node_modules/pyodide/", root));

let harness: Harness;

beforeAll(async () => {
  const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  pyodide.FS.writeFile("/home/pyodide/pyprep_harness.py", harnessSource);
  harness = pyodide.pyimport("pyprep_harness") as unknown as Harness;
}, 60_000);

function challenge(
  code: string,
  tests: string,
  hidden = false,
  reports: string[] = [],
): ChallengeResult {
  return JSON.parse(harness.run_challenge(code, tests, hidden, (text) => reports.push(text)));
}

function block(code: string): BlockResult {
  return JSON.parse(harness.run_block(code));
}

function named(result: ChallengeResult, name: string): TestResult {
  const found = result.tests.find((test) => test.name === name);
  if (!found) throw new Error(`no test ${name} in ${JSON.stringify(result)}`);
  return found;
}

const DOUBLE = [
  "def double(x):",
  "    if x < 0:",
  "        raise ValueError('negative')",
  "    if x == 3:",
  "        return 7",
  "    return x * 2",
].join("\n");
const DOUBLE_TESTS = [
  "case('double(2)', 4)",
  "case('double(3)', 6)",
  "case('double(-1)', -2)",
  "case('double(5)', 10, hidden=True)",
].join("\n");

describe("the harness under Pyodide", () => {
  it("gives each test a verdict: passed, failed with both values, or the error and the user's line", () => {
    const reports: string[] = [];
    const result = challenge(DOUBLE, DOUBLE_TESTS, false, reports);
    expect([result.status, result.passed, result.total]).toEqual(["ok", 1, 3]);
    expect(named(result, "double(2)").status).toBe("passed");
    expect(named(result, "double(3)")).toMatchObject({
      status: "failed",
      expected: "6",
      actual: "7",
    });
    expect(named(result, "double(-1)")).toMatchObject({
      status: "error",
      error: { type: "ValueError", message: "negative", line: 3 },
    });
    const types = reports.map((text) => JSON.parse(text).type);
    expect(types.slice(0, 3)).toEqual(["started", "planned", "started"]);
    expect(types.at(-1)).toBe("result");
  });

  it("runs hidden tests only when asked", () => {
    expect(challenge(DOUBLE, DOUBLE_TESTS).tests.some((test) => test.hidden)).toBe(false);
    const submitted = challenge(DOUBLE, DOUBLE_TESTS, true);
    expect([submitted.passed, submitted.total]).toEqual([2, 4]);
    expect(named(submitted, "double(5)").hidden).toBe(true);
  });

  it("captures each test's output and caps it at 10,000 characters", () => {
    const code = "def talk(n):\n    print('x' * n)\n    return n";
    const result = challenge(code, "case('talk(3)', 3)\ncase('talk(1_000_000)', 1_000_000)");
    expect(named(result, "talk(3)")).toMatchObject({ stdout: "xxx\n", truncated: false });
    const flood = named(result, "talk(1_000_000)");
    expect([flood.status, flood.stdout.length, flood.truncated]).toEqual(["passed", 10_000, true]);
  });

  it("turns sys.exit, SystemExit and KeyboardInterrupt into errors and runs the later tests", () => {
    const code = [
      "import sys",
      "def leave():",
      "    sys.exit()",
      "def raise_exit():",
      "    raise SystemExit(2)",
      "def interrupt():",
      "    raise KeyboardInterrupt",
      "def fine():",
      "    return 1",
    ].join("\n");
    const tests =
      "case('leave()', 0)\ncase('raise_exit()', 0)\ncase('interrupt()', 0)\ncase('fine()', 1)";
    const result = challenge(code, tests);
    expect(named(result, "leave()").error).toMatchObject({ type: "SystemExit", line: 3 });
    expect(named(result, "raise_exit()").error?.message).toContain("sys.exit(2)");
    expect(named(result, "interrupt()").error).toMatchObject({
      type: "KeyboardInterrupt",
      line: 7,
    });
    expect(named(result, "fine()").status).toBe("passed");
  });

  it("explains that input() is not available", () => {
    const result = challenge("def ask():\n    return input('name? ')", "case('ask()', 'x')");
    expect(named(result, "ask()").error?.message).toContain(
      "the function's arguments hold the input",
    );
  });

  it("names a missing module", () => {
    const result = challenge("import numpy\n", "case('1', 1)");
    expect(result.status).toBe("setup_error");
    expect(result.error).toMatchObject({ type: "ModuleNotFoundError", line: 1 });
    expect(result.error?.message).toContain("'numpy'");
  });

  it("cannot be broken or fooled by code that deletes builtins", () => {
    const code = [
      "import builtins",
      "def answer():",
      "    builtins.__dict__.clear()",
      "    return 41",
      "builtins.__dict__.clear()",
    ].join("\n");
    const result = challenge(code, "case('answer()', 42)\ncase('len([1, 2])', 2)");
    expect(named(result, "answer()")).toMatchObject({
      status: "failed",
      expected: "42",
      actual: "41",
    });
    expect(named(result, "len([1, 2])").status).toBe("passed");
    expect(block("print(len('abc'))").stdout).toBe("3\n");
  });

  it("ignores fake results printed to stdout", () => {
    const fake = JSON.stringify({ type: "result", status: "ok", tests: [], passed: 1, total: 1 });
    const code = `import sys\nprint(${JSON.stringify(fake)})\ndef answer():\n    sys.__stdout__.write(${JSON.stringify(fake)} + "\\n")\n    return 0`;
    const result = challenge(code, "case('answer()', 1)");
    expect([result.passed, result.total]).toEqual([0, 1]);
    expect(result.setup.stdout).toBe(`${fake}\n`);
  });

  it("runs asyncio.run in a block and awaits async tests", () => {
    const ran = block(
      "import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    return 5\nprint(asyncio.run(main()))",
    );
    expect([ran.error, ran.stdout]).toEqual([null, "5\n"]);
    const code =
      "import asyncio\nasync def fetch(x):\n    await asyncio.sleep(0)\n    return x * 2";
    const tests = [
      "case('fetch(2)', 4)",
      "@test('an async scenario')",
      "async def scenario(user):",
      "    expect(await user.fetch(3), 6)",
      "case('fetch(1)', 3)",
    ].join("\n");
    const result = challenge(code, tests);
    expect(result.tests.map((test) => test.status)).toEqual(["passed", "passed", "failed"]);
  });
});
