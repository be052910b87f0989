// The Progress page in the real window: a new user's reviews and round show up
// at once; a realistic several-month history (a fixture) fills every chart.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { answerOnScreen, startCustomRound } from "./flows.mjs";
import {
  allByTestId,
  driverForThisFile,
  newDataDir,
  screenshot,
  shown,
  textOf,
  withApp,
} from "./harness.mjs";

const driver = driverForThisFile();
const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "history.py");

async function openProgress(app) {
  await (await shown(app, "nav-progress")).click();
  await shown(app, "progress-charts");
}

test("reviews and a finished round appear on the Progress page", async () => {
  await withApp(driver, newDataDir(), async (app) => {
    await openProgress(app);
    assert.equal(await textOf(app, "today-reviews"), "0");
    assert.match(await textOf(app, "reviews-chart"), /No reviews in this period yet/);
    assert.match(await textOf(app, "round-scores-chart"), /No scored rounds/);
    await screenshot(app, "13-progress-new-user");

    await (await shown(app, "nav-review")).click();
    for (const grade of ["good", "again"]) {
      await answerOnScreen(app);
      await (await shown(app, `grade-${grade}`)).click();
      await shown(app, "review-question-title");
    }

    await startCustomRound(app, 8);
    for (let position = 0; position < 3; position++) {
      await (await shown(app, "round-skip")).click();
    }
    await (await shown(app, "round-finish")).click();
    await (await shown(app, "round-finish-confirm")).click();
    await shown(app, "scoring-question");
    await (await shown(app, "complete-scoring")).click();
    assert.equal(await textOf(app, "results-score"), "0%");

    await openProgress(app);
    // Two reviews, then the round's three questions, recorded as reviews when scored.
    assert.equal(await textOf(app, "today-reviews"), "5");
    const totals = await app.execute(() =>
      [...document.querySelectorAll('[data-testid="reviews-chart"] [data-testid="bar"]')].map(
        (bar) => bar.getAttribute("data-total"),
      ),
    );
    assert.ok(totals.includes("5"), `today's bar counts the five answers (${totals})`);
    assert.equal((await allByTestId(app, "point")).length, 1, "the round is on the score chart");
    assert.match(await textOf(app, "current-streak"), /^1 day$/);
  });
});

test("a several-month history fills every chart; a role and date give Home a paced plan", async () => {
  const dataDir = newDataDir();
  // The first launch creates the database and loads the question bank.
  await withApp(driver, dataDir, (app) => shown(app, "nav-progress"));
  const filled = spawnSync("python3", [fixture, path.join(dataDir, "pyprep.sqlite3")], {
    encoding: "utf8",
  });
  assert.equal(filled.status, 0, filled.stderr);

  await withApp(driver, dataDir, async (app) => {
    await openProgress(app);
    await (await app.$("button=3 months")).click();
    await app.waitUntil(async () => (await allByTestId(app, "bar")).length > 90);
    const studiedDays = await allByTestId(app, "day", ':not([data-count="0"])');
    assert.ok(studiedDays.length > 60, `the heatmap shows the study days (${studiedDays.length})`);
    assert.ok((await allByTestId(app, "point")).length >= 6, "the mock rounds are plotted");
    assert.notEqual(await textOf(app, "retention-all"), "");
    assert.doesNotMatch(await textOf(app, "retention-month"), /—\s*—\s*—/);
    await screenshot(app, "14-progress-history");
    for (const [panel, name] of [
      ["forecast-panel", "14b-progress-forecast-retention"],
      ["states-panel", "14c-progress-states-distributions"],
      ["round-scores-panel", "14d-progress-rounds"],
    ]) {
      await app.execute((id) => {
        document.querySelector(`[data-testid="${id}"]`).scrollIntoView();
      }, panel);
      await screenshot(app, name);
    }

    // A target role and an interview date in 30 days turn Home's plan into a paced one.
    await (await shown(app, "nav-settings")).click();
    await (await shown(app, "settings-role")).selectByAttribute("value", "Data Engineer");
    await shown(app, "settings-saved");
    const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await app.execute((value) => {
      const input = document.querySelector('[data-testid="settings-interview-date"]');
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }, date);
    await app.waitUntil(async () => (await textOf(app, "settings-saved")) === "Saved");
    await app.execute(() => document.querySelector("#interview-title").scrollIntoView());
    await screenshot(app, "16-settings-interview");
    await (await shown(app, "nav-home")).click();
    await app.waitUntil(async () =>
      /Interview for Data Engineer on/.test(await textOf(app, "plan-summary")),
    );
    assert.ok((await allByTestId(app, "readiness-row")).length >= 3, "readiness on the date");
    await screenshot(app, "17-home-plan");

    await (await shown(app, "nav-settings")).click();
    await (await shown(app, "settings-theme")).selectByAttribute("value", "dark");
    await app.execute(() => document.querySelector("#interview-title").scrollIntoView());
    await screenshot(app, "16b-settings-interview-dark");
    await (await shown(app, "nav-home")).click();
    await shown(app, "plan-summary");
    await screenshot(app, "17b-home-plan-dark");
    await openProgress(app);
    await (await app.$("button=3 months")).click();
    await app.waitUntil(async () => (await allByTestId(app, "bar")).length > 90);
    await screenshot(app, "15-progress-history-dark");
  });
});
