// The first run: a new user's welcome (a role and a date, or a skip) leads to the
// first review and is not shown again; a data folder that cannot be made is told
// in the window, not in a crash.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import {
  allByTestId,
  byTestId,
  driverForThisFile,
  newUserDataDir,
  screenshot,
  shown,
  withApp,
} from "./harness.mjs";

const driver = driverForThisFile();

function savedSettings(dataDir) {
  return JSON.parse(readFileSync(path.join(dataDir, "settings.json"), "utf8")).settings;
}

async function pickRole(app, name) {
  for (const tile of await allByTestId(app, "welcome-role")) {
    if ((await tile.getText()).startsWith(name)) return tile.click();
  }
  throw new Error(`no role tile for ${name}`);
}

/** Types a date into the date field as the user's picker would leave it. */
async function setDate(app, value) {
  await app.execute((date) => {
    const input = document.querySelector('[data-testid="welcome-date"]');
    input.value = date;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.focus();
  }, value);
}

async function onFirstReview(app) {
  await shown(app, "review-question-title");
  assert.equal(await app.execute(() => window.location.pathname), "/review");
}

test("a new user picks a role and a date, lands on the first review, and is not welcomed again", async () => {
  const dataDir = newUserDataDir();
  const interviewDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "welcome");
    assert.equal(await (await byTestId(app, "nav-home")).isExisting(), false, "no sidebar yet");
    await screenshot(app, "60-welcome-light");
    await pickRole(app, "Data Engineer");
    await setDate(app, interviewDate);
    await screenshot(app, "61-welcome-picked-light");
    await app.keys("Enter");
    await onFirstReview(app);
    await screenshot(app, "62-first-review-after-welcome");
  });
  assert.deepEqual(
    (({ targetRole, interviewDate: date, welcomed }) => ({ targetRole, date, welcomed }))(
      savedSettings(dataDir),
    ),
    { targetRole: "Data Engineer", date: interviewDate, welcomed: true },
  );

  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    assert.equal(await app.execute(() => window.location.pathname), "/");
    assert.equal(await (await byTestId(app, "welcome")).isExisting(), false);
  });
});

test("Escape skips the welcome, keeping no role, in the dark theme too", async () => {
  const dataDir = newUserDataDir();
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { theme: "dark", welcomed: false } }),
  );
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "welcome");
    assert.equal(await app.execute(() => document.documentElement.dataset.theme), "dark");
    await screenshot(app, "63-welcome-dark");
    await pickRole(app, "MLOps Engineer");
    await screenshot(app, "64-welcome-picked-dark");
    await app.keys("Escape");
    await onFirstReview(app);
  });
  const settings = savedSettings(dataDir);
  assert.equal(settings.welcomed, true);
  assert.equal(settings.targetRole, null, "a skip keeps what was there before");
  assert.equal(settings.theme, "dark");
});

test("a data folder that cannot be made is told in the window, with a way to try again", async () => {
  const file = path.join(newUserDataDir(), "a-file");
  writeFileSync(file, "not a folder");
  await withApp(driver, path.join(file, "data"), async (app) => {
    const screen = await shown(app, "startup-error");
    assert.equal(await screen.getAttribute("data-kind"), "io");
    assert.match(await screen.getText(), /the data folder .*a-file\/data could not be created/);
    await shown(app, "reopen-database");
    await screenshot(app, "65-data-folder-error");
  });
});
