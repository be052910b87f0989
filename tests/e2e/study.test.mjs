// A new user's first session: browse Module 1, read a question, review three
// questions with different grades, restart, and find the progress kept.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  allByTestId,
  newDataDir,
  screenshot,
  shown,
  driverForThisFile,
  textOf,
  withApp,
} from "./harness.mjs";
import { answerOnScreen } from "./flows.mjs";

const driver = driverForThisFile();

async function waitForAnotherQuestion(app, title) {
  await app.waitUntil(async () => (await textOf(app, "review-question-title")) !== title, {
    timeout: 10000,
    timeoutMsg: "the next question did not appear",
  });
}

test("browse, read, review three questions, restart, progress kept", async () => {
  const dataDir = newDataDir();
  const reviewed = await withApp(driver, dataDir, async (app) => {
    assert.equal(
      await textOf(app, "home-new-count"),
      "10",
      "a new user gets 10 new questions a day",
    );
    assert.equal(await textOf(app, "home-due-count"), "0");
    await screenshot(app, "01-home-new-user");

    await (await shown(app, "nav-modules")).click();
    const fundamentals = await shown(app, "module-card", '[data-slug="01-fundamentals"]');
    assert.match(await fundamentals.getText(), /Python Fundamentals/);
    assert.equal(
      (await allByTestId(app, "module-card")).length,
      25,
      "the handbook's 20 modules and the five beyond it",
    );
    await screenshot(app, "02-modules");

    await fundamentals.click();
    await shown(app, "question-row");
    assert.equal((await allByTestId(app, "question-row")).length, 40);
    await screenshot(app, "03-module-fundamentals");

    const firstRow = await shown(app, "question-row");
    const rowText = await firstRow.getText();
    await firstRow.click();
    const title = await textOf(app, "question-title");
    assert.ok(rowText.includes(title), `the page opened is the row clicked (${title})`);
    assert.ok((await textOf(app, "question-answer")).length > 200, "the model answer is rendered");
    const keyPoints = await (await shown(app, "key-points")).$$("li");
    assert.ok(keyPoints.length >= 3 && keyPoints.length <= 6);
    await screenshot(app, "04-question");

    await (await shown(app, "nav-review")).click();
    const titles = [];
    for (const grade of ["again", "hard", "good"]) {
      const answered = await answerOnScreen(app);
      if (answered.kind !== "concept") {
        const verdict = await shown(app, "verdict");
        assert.equal(
          await verdict.getAttribute("data-correct"),
          "false",
          "a wrong answer is graded wrong",
        );
      }
      const button = await shown(app, `grade-${grade}`);
      const label = (await (await button.$(".interval")).getText()).trim();
      assert.ok(label.length > 0, "each grade shows its next interval");
      if (grade === "again") assert.equal(label, "today");
      if (titles.length === 0) await screenshot(app, "05-review-answered");
      await button.click();
      titles.push(answered.title);
      await waitForAnotherQuestion(app, answered.title);
    }
    return titles;
  });
  assert.equal(new Set(reviewed).size, 3);

  await withApp(driver, dataDir, async (app) => {
    assert.equal(await textOf(app, "home-new-count"), "7", "three new questions were used today");
    await screenshot(app, "06-home-after-restart");

    await (await shown(app, "nav-modules")).click();
    await (await shown(app, "module-card", '[data-slug="01-fundamentals"]')).click();
    await shown(app, "question-row");
    let studied = 0;
    for (const row of await allByTestId(app, "question-row")) {
      if ((await row.getAttribute("data-state")) !== "new") studied += 1;
    }
    assert.equal(studied, 3, "the three answers survived the restart");

    await (await shown(app, "nav-review")).click();
    const next = await textOf(app, "review-question-title");
    assert.ok(!reviewed.includes(next), "a new question comes next; the failed one waits");
  });
});

test("undo brings back the last answer", async () => {
  await withApp(driver, newDataDir(), async (app) => {
    await (await shown(app, "nav-review")).click();
    const first = await answerOnScreen(app);
    await (await shown(app, "grade-good")).click();
    await waitForAnotherQuestion(app, first.title);
    await app.keys("u");
    await app.waitUntil(async () => (await textOf(app, "review-question-title")) === first.title, {
      timeout: 10000,
      timeoutMsg: "undo did not bring the question back",
    });
    await (await shown(app, "nav-home")).click();
    assert.equal(await textOf(app, "home-new-count"), "10");
  });
});
