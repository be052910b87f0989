// Search, settings that persist, and a clear error for a corrupt database.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
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

const driver = driverForThisFile();

test("Ctrl+K searches the bank and opens a hit", async () => {
  await withApp(driver, newDataDir(), async (app) => {
    await shown(app, "home-new-count");
    await app.keys(["Control", "k"]);
    const input = await shown(app, "search-input");
    await input.setValue("walrus");
    await app.waitUntil(async () => (await allByTestId(app, "search-result")).length > 0, {
      timeout: 10000,
      timeoutMsg: "no search results for walrus",
    });
    const first = (await allByTestId(app, "search-result"))[0];
    assert.match(await first.getHTML(), /<mark>walrus<\/mark>/i);
    await screenshot(app, "07-search");
    await app.keys("Enter");
    assert.match(await textOf(app, "question-title"), /walrus/i);
  });
});

test("settings are saved and applied after a restart", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "nav-settings")).click();
    await (await shown(app, "settings-theme")).selectByAttribute("value", "dark");
    const newPerDay = await shown(app, "settings-new-per-day");
    await newPerDay.setValue("5");
    await app.keys("Tab");
    await shown(app, "settings-saved");
  });
  await withApp(driver, dataDir, async (app) => {
    assert.equal(await textOf(app, "home-new-count"), "5");
    const theme = await app.execute(() => document.documentElement.dataset.theme);
    assert.equal(theme, "dark");
    await screenshot(app, "08-home-dark");
  });
});

test("a corrupt database gets a clear error and is left untouched", async () => {
  const dataDir = newDataDir();
  const file = path.join(dataDir, "pyprep.sqlite3");
  writeFileSync(file, "definitely not SQLite ".repeat(100));
  const before = readFileSync(file);
  await withApp(driver, dataDir, async (app) => {
    assert.match(await textOf(app, "startup-error"), /not a readable Pyprep database/);
    await screenshot(app, "09-corrupt-database");
  });
  assert.deepEqual(readFileSync(file), before);
});
