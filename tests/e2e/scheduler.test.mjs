// The scheduler in the real window, on a several-month history with an
// interview 20 days out: "Optimize now" shows the defaults' and the fitted
// parameters' figures, the plan simulator draws, a question page shows its
// answers and forgetting curve; the same screens again in dark. Then, with
// nothing studied yet, a plan that doesn't fit offers finishing new questions
// early and leaving modules out; leaving them out saves them, and in dark
// they come back from Settings.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import {
  allByTestId,
  byTestId,
  driverForThisFile,
  newDataDir,
  screenshot,
  shown,
  textOf,
  withApp,
} from "./harness.mjs";

const driver = driverForThisFile();
const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "history.py");

/** The concept question answered most often in the fixture's history. */
function mostAnswered(database) {
  const query =
    "SELECT r.question_id FROM revlog r JOIN questions q ON q.id = r.question_id " +
    "WHERE q.kind = 'concept' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1";
  const run = spawnSync(
    "python3",
    [
      "-c",
      "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])",
      database,
      query,
    ],
    { encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

const savedSettings = (dataDir) =>
  JSON.parse(readFileSync(path.join(dataDir, "settings.json"), "utf8")).settings;

function setTheme(dataDir, theme) {
  const settings = { ...savedSettings(dataDir), theme };
  writeFileSync(path.join(dataDir, "settings.json"), JSON.stringify({ settings }));
}

/** The names of the modules a "leave out" choice or the settings row lists. */
async function leftOutNames(app, within) {
  return app.execute(
    (testid) =>
      [
        ...document.querySelectorAll(`[data-testid="${testid}"] [data-testid="left-out-module"]`),
      ].map((module) => module.textContent.trim()),
    within,
  );
}

/** Waits for the plan's choices, with the two found by simulation among them. */
async function planChoices(app) {
  await shown(app, "plan-short");
  const early = await byTestId(app, "plan-choice-early");
  await early.waitForDisplayed({ timeout: 60000, timeoutMsg: "no choice to finish early" });
  assert.match(await early.getText(), /Finish new questions \d+ days? early/);
  assert.match(await early.getText(), /\d+% ready/);
  const leaveOut = await shown(app, "plan-choice-leave-out");
  assert.match(await leaveOut.getText(), /Leave out \d+ modules?/);
  const names = await leftOutNames(app, "plan-choice-leave-out");
  assert.ok(names.length >= 1, "the choice names the modules it leaves out");
  await into(app, "plan-short");
  return { leaveOut, names };
}

/** Follows an in-app link, as a click on one would. */
async function go(app, href) {
  await app.execute((to) => {
    const link = document.createElement("a");
    link.href = to;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }, href);
}

async function into(app, id) {
  await app.execute((testid) => {
    document.querySelector(`[data-testid="${testid}"]`).scrollIntoView({ block: "start" });
  }, id);
}

async function openSettings(app) {
  await (await shown(app, "nav-settings")).click();
  await shown(app, "scheduler-settings");
}

async function openQuestion(app, id) {
  await go(app, `/questions/${id}`);
  await shown(app, "forgetting-curve");
  await into(app, "question-schedule");
}

test("optimizer figures, the plan simulator, and a question's history and curve", async () => {
  const dataDir = newDataDir();
  const interviewDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { theme: "light", interviewDate, dailyMinutes: 30 } }),
  );
  await withApp(driver, dataDir, (app) => shown(app, "nav-settings"));
  const database = path.join(dataDir, "pyprep.sqlite3");
  const filled = spawnSync("python3", [fixture, database], { encoding: "utf8" });
  assert.equal(filled.status, 0, filled.stderr);
  const question = mostAnswered(database);

  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-forecast");
    const forecast = await textOf(app, "home-forecast-readiness");
    assert.match(forecast, /^\d+%$/);
    assert.match(await textOf(app, "home-forecast-load"), /min avg/);
    await into(app, "study-plan");
    await screenshot(app, "43-home-forecast-light");

    await openSettings(app);
    // Before the fit changes the model, Settings' simulator promises what Home showed.
    await shown(app, "plan-readiness");
    assert.equal(await textOf(app, "plan-readiness"), forecast);
    assert.match(await textOf(app, "parameters-in-use"), /default/i);
    await into(app, "scheduler-settings");
    await (await shown(app, "optimize-now")).click();
    const defaults = await shown(app, "fit-defaults");
    const fitted = await shown(app, "fit-fitted");
    // Each row: the parameters' name, then log loss and RMSE.
    for (const row of [defaults, fitted]) {
      assert.match(await row.getText(), /\d\.\d{3}[\s\S]*\d+(\.\d)?%/, await row.getText());
    }
    assert.match(await textOf(app, "last-fit"), /reviews/);
    await screenshot(app, "40-scheduler-fit-light");

    const simulator = await shown(app, "plan-simulator");
    await simulator.scrollIntoView();
    await app.waitUntil(async () => (await allByTestId(app, "bar", "")).length > 0, {
      timeout: 20000,
      timeoutMsg: "the simulator chart drew no bars",
    });
    const days = await app.execute(
      () => document.querySelectorAll('[data-testid="simulator-chart"] [data-testid="bar"]').length,
    );
    // Before the 4 a.m. rollover the study day is still yesterday's: one day more.
    const studyDays = new Date().getHours() < 4 ? 21 : 20;
    assert.equal(days, studyDays, "one bar a day until the interview");
    assert.match(await textOf(app, "plan-readiness"), /\d+%/);
    assert.ok((await allByTestId(app, "plan-module")).length >= 20, "readiness per module");
    await into(app, "plan-simulator");
    await screenshot(app, "41-plan-simulator-light");

    await openQuestion(app, question);
    const answers = await allByTestId(app, "history-row");
    assert.ok(answers.length >= 3, `${answers.length} answers shown`);
    assert.match(await textOf(app, "schedule-stability"), /\d/);
    assert.match(await textOf(app, "schedule-recall-interview"), /\d+%/);
    const curve = await shown(app, "curve-line");
    assert.ok((await curve.getAttribute("d")).length > 20, "the curve is drawn");
    await screenshot(app, "42-question-schedule-light");
  });

  setTheme(dataDir, "dark");
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-forecast");
    await into(app, "study-plan");
    await screenshot(app, "43-home-forecast-dark");
    await openSettings(app);
    assert.match(await textOf(app, "parameters-in-use"), /fitted/i, "the fit survived a restart");
    await into(app, "scheduler-settings");
    await screenshot(app, "40-scheduler-fit-dark");
    await into(app, "plan-simulator");
    await shown(app, "simulator-chart");
    await screenshot(app, "41-plan-simulator-dark");

    await openQuestion(app, question);
    await screenshot(app, "42-question-schedule-dark");
  });
});

test("a plan that doesn't fit offers finishing early and leaving modules out", async () => {
  const dataDir = newDataDir();
  // All of the bank new, 45 days out, 45 minutes a day: short by about 200 questions.
  const interviewDate = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { theme: "light", interviewDate, dailyMinutes: 45 } }),
  );

  await withApp(driver, dataDir, async (app) => {
    await openSettings(app);
    const { leaveOut, names } = await planChoices(app);
    await screenshot(app, "44-plan-choices-light");
    await leaveOut.click();
    await shown(app, "settings-saved");
    await shown(app, "settings-left-out");
    await app.waitUntil(
      async () =>
        JSON.stringify(await leftOutNames(app, "settings-left-out")) === JSON.stringify(names),
      { timeout: 10000, timeoutMsg: "the settings don't list the modules left out" },
    );
    assert.equal(savedSettings(dataDir).excludedModules.length, names.length);
    await into(app, "settings-interview-date");
    await screenshot(app, "45-left-out-modules-light");
  });

  setTheme(dataDir, "dark");
  await withApp(driver, dataDir, async (app) => {
    await openSettings(app);
    // The modules left out survive a restart; each comes back from the settings row.
    await into(app, "settings-interview-date");
    await screenshot(app, "45-left-out-modules-dark");
    const left = savedSettings(dataDir).excludedModules.length;
    for (let i = 1; i <= left; i++) {
      await (await shown(app, "bring-back")).click();
      await app.waitUntil(async () => savedSettings(dataDir).excludedModules.length === left - i, {
        timeout: 10000,
        timeoutMsg: "bringing a module back was not saved",
      });
    }
    assert.equal((await allByTestId(app, "settings-left-out")).length, 0);
    await planChoices(app);
    await screenshot(app, "44-plan-choices-dark");
  });
});
