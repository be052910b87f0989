// A coding challenge in the real window: a wrong solution fails with expected
// against actual, the fix passes, a submit is graded; an infinite loop is
// stopped at the limit while the app stays responsive, and the next run starts
// at once; the draft survives a restart.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import {
  allByTestId,
  driverForThisFile,
  newDataDir,
  screenshot,
  shown,
  textOf,
  withApp,
} from "./harness.mjs";
import { openChallenge, pasteCode, solutionOf, typeCode } from "./flows.mjs";

const driver = driverForThisFile();

const WRONG = [
  [0, "def two_sum(nums, target):"],
  [1, "return [0, 1]"],
];
const RIGHT = [
  [0, "def two_sum(nums, target):"],
  [1, "seen = {}"],
  [1, "for j, n in enumerate(nums):"],
  [2, "if target - n in seen:"],
  [3, "return [seen[target - n], j]"],
  [2, "seen[n] = j"],
];
const LOOP = [
  [0, "def two_sum(nums, target):"],
  [1, "while True:"],
  [2, "pass"],
];

async function runAndWait(app, button) {
  await (await shown(app, button)).click();
  return shown(app, "results-summary");
}

test("solve a challenge: wrong, fixed, submitted and graded; a runaway loop is stopped", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await openChallenge(app, "cc-two-sum");
    await app.waitUntil(
      async () => (await (await shown(app, "run-status")).getAttribute("data-state")) === "ready",
      { timeout: 30000, timeoutMsg: "Python did not become ready" },
    );
    console.log(
      "runtime load ms",
      await (await shown(app, "run-status")).getAttribute("data-load-ms"),
    );
    await screenshot(app, "30-challenge-ready");

    await typeCode(app, WRONG);
    let summary = await runAndWait(app, "run");
    assert.match(await summary.getText(), /1 of 2 tests passed/);
    const statuses = [];
    for (const row of await allByTestId(app, "test-row")) {
      statuses.push(await row.getAttribute("data-status"));
    }
    assert.deepEqual(statuses, ["failed", "passed"]);
    assert.equal(await textOf(app, "test-expected"), "[2, 3]");
    assert.equal(await textOf(app, "test-actual"), "[0, 1]");
    await screenshot(app, "31-challenge-wrong");

    await typeCode(app, RIGHT);
    summary = await runAndWait(app, "run");
    assert.match(await summary.getText(), /All 2 tests passed/);
    summary = await runAndWait(app, "submit");
    assert.match(await summary.getText(), /All 7 tests passed/);
    assert.equal(await textOf(app, "suggested-grade"), "Easy");
    await screenshot(app, "32-challenge-submitted");
    await (await shown(app, "grade-good")).click();
    await shown(app, "attempts");
    assert.match(await textOf(app, "attempts"), /7\/7/);

    await typeCode(app, LOOP);
    const started = Date.now();
    await (await shown(app, "run")).click();
    await shown(app, "stop");
    // The app stays responsive while the loop runs: a hint opens at once.
    await (await shown(app, "show-hint")).click();
    await shown(app, "hints");
    summary = await shown(app, "results-summary");
    await app.waitUntil(async () => /time limit/.test(await summary.getText()), {
      timeout: 20000,
      timeoutMsg: "the infinite loop was not stopped",
    });
    const stoppedAfter = Date.now() - started;
    assert.ok(stoppedAfter < 15000, `stopped after ${stoppedAfter} ms`);
    assert.match(await summary.getText(), /test 1/);
    await screenshot(app, "33-challenge-timeout");
    const status = await shown(app, "run-status");
    console.log(
      "after kill",
      await status.getAttribute("data-state"),
      await status.getAttribute("data-load-ms"),
    );

    await pasteCode(app, solutionOf(await textOf(app, "question-title")));
    const again = Date.now();
    summary = await runAndWait(app, "run");
    await app.waitUntil(async () => /All 2 tests passed/.test(await summary.getText()), {
      timeout: 10000,
    });
    assert.ok(Date.now() - again < 5000, "the next run did not wait for a cold start");
    // Running saves the code at once; the test closes the app as soon as that is done.
    await app.waitUntil(
      async () => /\bsaved\b/.test(await (await shown(app, "draft-state")).getAttribute("class")),
      { timeout: 10000, timeoutMsg: "the draft was not saved" },
    );
  });

  // The second launch is in dark, to see the challenge screen in both themes.
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { theme: "dark" } }),
  );
  await withApp(driver, dataDir, async (app) => {
    await openChallenge(app, "cc-two-sum");
    const editor = await shown(app, "code-editor");
    assert.match(
      await editor.getText(),
      /index_of\[number\] = j/,
      "the draft survived the restart",
    );
    assert.match(await textOf(app, "attempts"), /Good/);
    const summary = await runAndWait(app, "run");
    await app.waitUntil(async () => /All 2 tests passed/.test(await summary.getText()), {
      timeout: 30000,
    });
    await screenshot(app, "34-challenge-restored-dark");
  });
});
