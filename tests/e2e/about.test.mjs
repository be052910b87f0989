// Settings → About: the versions come from their one source each, and the
// licences of what the app ships are there to read.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
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

const driver = driverForThisFile();
const root = path.resolve(import.meta.dirname, "../..");

const cargoVersion = readFileSync(path.join(root, "Cargo.toml"), "utf8").match(
  /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/,
)[1];
const modulesDir = path.join(root, "content", "modules");
const questionFiles = readdirSync(modulesDir).flatMap((module) =>
  readdirSync(path.join(modulesDir, module)).filter((file) => file.endsWith(".md")),
);
const migrations = readdirSync(path.join(root, "src-tauri/core/src/storage/migrations")).filter(
  (file) => file.endsWith(".sql"),
);

test("About shows the app, bank and schema versions, the data folder and the licences", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "nav-settings")).click();
    assert.equal(await textOf(app, "about-version"), cargoVersion);
    assert.equal(await textOf(app, "about-question-count"), `${questionFiles.length} questions`);
    assert.match(await textOf(app, "about-bank-version"), /^[0-9a-f]{16}$/);
    assert.equal(await textOf(app, "about-schema"), `version ${migrations.length}`);
    assert.equal(await textOf(app, "about-data-dir"), dataDir);
    await shown(app, "about-open-folder");

    const summary = await textOf(app, "licenses-summary");
    const [, packages] = summary.match(/^(\d+) packages under \d+ licences$/);
    assert.ok(Number(packages) > 300, summary);
    await (await shown(app, "about")).scrollIntoView();
    await (await shown(app, "licenses-search")).setValue("rusqlite");
    await app.waitUntil(async () => (await allByTestId(app, "license-group")).length === 1, {
      timeoutMsg: "searching rusqlite should leave one licence",
    });
    await (await shown(app, "license-group")).click();
    assert.match(await textOf(app, "license-packages"), /(^|, )rusqlite \d+\.\d+\.\d+(,|$)/);
    await (await shown(app, "about")).scrollIntoView();
    await screenshot(app, "66-about-light");

    await (await shown(app, "licenses-search")).setValue("pyodide");
    await (await shown(app, "settings-theme")).selectByAttribute("value", "dark");
    await (await shown(app, "about")).scrollIntoView();
    await screenshot(app, "67-about-dark");
  });
});
