// Timed mock rounds in the real window: sit a round, score it, see the results
// and the review queue; and resume a round after the app was closed mid-way.
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";

import {
  allByTestId,
  byTestId,
  expectedOutputOf,
  newDataDir,
  screenshot,
  shown,
  driverForThisFile,
  textOf,
  withApp,
} from "./harness.mjs";
import { startCustomRound } from "./flows.mjs";

const driver = driverForThisFile();

async function currentKind(app) {
  if (await (await byTestId(app, "round-output-input")).isExisting()) return "output";
  if (await (await byTestId(app, "round-answer-input")).isExisting()) return "concept";
  return "other";
}

test("a round: one right, one weak, one skipped; scored, results, review queue", async () => {
  await withApp(driver, newDataDir(), async (app) => {
    await startCustomRound(app, 8);
    const countdown = await textOf(app, "round-countdown");
    assert.match(
      countdown,
      /^(10:00|9:5\d)$/,
      `the countdown starts at the time limit (${countdown})`,
    );
    assert.equal((await allByTestId(app, "round-strip-item")).length, 3);

    const plan = [];
    for (let position = 0; position < 3; position++) {
      const title = await textOf(app, "round-question-title");
      const kind = await currentKind(app);
      if (kind === "output" && !plan.some((p) => p.action === "right")) {
        // WebKitWebDriver drops "\n" from typed text; the WebDriver Enter key makes the line breaks.
        const lines = expectedOutputOf(title).trimEnd().split("\n");
        await (await shown(app, "round-output-input")).setValue(lines.join("\uE007"));
        plan.push({ title, action: "right" });
      } else if (kind === "concept" && !plan.some((p) => p.action === "weak")) {
        await (
          await shown(app, "round-answer-input")
        ).setValue("Python is a language. Not sure about the rest.");
        plan.push({ title, action: "weak" });
      } else {
        await (await shown(app, "round-skip")).click();
        plan.push({ title, action: "skipped" });
        continue;
      }
      if (position === 0) await screenshot(app, "11-round-in-progress");
      await (await shown(app, "round-next")).click();
      await app.waitUntil(
        async () => (await textOf(app, "round-question-title")) !== title || position === 2,
      );
    }
    assert.deepEqual(plan.map((p) => p.action).sort(), ["right", "skipped", "weak"]);
    const statuses = [];
    for (const item of await allByTestId(app, "round-strip-item"))
      statuses.push(await item.getAttribute("data-status"));
    assert.deepEqual(statuses.sort(), ["answered", "answered", "skipped"]);

    await (await shown(app, "round-finish")).click();
    await (await shown(app, "round-finish-confirm")).click();

    const weak = plan.find((p) => p.action === "weak");
    const scoring = await shown(app, "scoring-question");
    await scoring.waitForDisplayed();
    let keyPoints = 0;
    for (const question of await allByTestId(app, "scoring-question")) {
      const boxes = await question.$$('[data-testid="key-point-checkbox"]');
      if (boxes.length === 0) continue;
      assert.match(
        await question.getText(),
        new RegExp(weak.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      );
      keyPoints = boxes.length;
      await boxes[0].click();
    }
    assert.ok(keyPoints >= 3, "the weak concept answer is scored by ticking its key points");
    await sleep(300);
    await (await shown(app, "complete-scoring")).click();

    const expectedScore = Math.round(((1 + 1 / keyPoints + 0) / 3) * 100);
    assert.equal(await textOf(app, "results-score"), `${expectedScore}%`);
    assert.ok(
      (await (await shown(app, "results-revisit")).$$("a")).length === 2,
      "the weak and skipped answers are listed to revisit",
    );
    await screenshot(app, "12-round-results");

    // The round fed the scheduler: the right answer is scheduled ahead, the other two come back today.
    await (await shown(app, "nav-modules")).click();
    await (await shown(app, "module-card", '[data-slug="01-fundamentals"]')).click();
    await shown(app, "question-row");
    const states = {};
    for (const row of await allByTestId(app, "question-row")) {
      const text = await row.getText();
      const match = plan.find((p) => text.includes(p.title));
      if (match) states[match.action] = await row.getAttribute("data-state");
    }
    assert.deepEqual(states, { right: "review", weak: "learning", skipped: "learning" });
  });
});

test("closing the app mid-round, then resuming with the answers intact", async () => {
  const dataDir = newDataDir();
  let typed;
  await withApp(driver, dataDir, async (app) => {
    await startCustomRound(app, 8);
    typed = { title: await textOf(app, "round-question-title"), kind: await currentKind(app) };
    const input = await shown(
      app,
      typed.kind === "output" ? "round-output-input" : "round-answer-input",
    );
    await input.setValue("an answer that must survive a crash");
    // Over a second of the round used before the save, so the countdown,
    // which shows whole seconds rounded up, has visibly moved on.
    await sleep(1500);
    await (await shown(app, "round-next")).click();
    await (await shown(app, "round-flag")).click();
    await sleep(1500);
  });
  await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "resume-round")).click();
    await shown(app, "round-countdown");
    const flagged = await byTestId(app, "round-strip-item", '[data-position="1"]');
    assert.equal(await flagged.getAttribute("data-flagged"), "true");
    await (await byTestId(app, "round-strip-item", '[data-position="0"]')).click();
    await app.waitUntil(async () => (await textOf(app, "round-question-title")) === typed.title);
    const input = await shown(
      app,
      typed.kind === "output" ? "round-output-input" : "round-answer-input",
    );
    assert.equal(await input.getValue(), "an answer that must survive a crash");
    const [minutes] = (await textOf(app, "round-countdown")).split(":").map(Number);
    assert.ok(minutes < 10, "the clock kept the time already used");
  });
});
