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
const read = (file) => readFileSync(path.join(root, file), "utf8");

const cargoVersion = read("Cargo.toml").match(
  /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/,
)[1];
const bankVersion = read("content/bank.toml").match(/^version = "([^"]+)"/m)[1];
const modulesDir = path.join(root, "content", "modules");
const questionFiles = readdirSync(modulesDir).flatMap((module) =>
  readdirSync(path.join(modulesDir, module)).filter((file) => file.endsWith(".md")),
);
const migrations = read("src-tauri/core/src/storage/migrations.rs").match(
  /include_str!\("migrations\//g,
);
const { groups } = JSON.parse(read("ui/static/licenses.json"));
const packageCount = groups.reduce((total, group) => total + group.packages.length, 0);

/** The "name version" lists of the licence groups a search left, open or not. */
function listedPackages(app) {
  return app.execute(() =>
    [...document.querySelectorAll('[data-testid="license-packages"]')].map(
      (list) => list.textContent,
    ),
  );
}

test("About shows the app, bank and schema versions, the data folder and the licences", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "nav-settings")).click();
    assert.equal(await textOf(app, "about-version"), cargoVersion);
    assert.equal(await textOf(app, "about-bank-version"), bankVersion);
    assert.equal(await textOf(app, "about-question-count"), `${questionFiles.length} questions`);
    assert.equal(await textOf(app, "about-schema"), `version ${migrations.length}`);
    assert.equal(await textOf(app, "about-data-dir"), dataDir);
    await shown(app, "about-open-folder");

    assert.ok(packageCount > 300, `only ${packageCount} packages in the licences file`);
    assert.equal(
      await textOf(app, "licenses-summary"),
      `${packageCount} packages under ${groups.length} licences`,
    );
    await (await shown(app, "about")).scrollIntoView();
    for (const name of ["tauri", "rusqlite", "svelte", "pyodide"]) {
      await (await shown(app, "licenses-search")).setValue(name);
      const exact = new RegExp(`(^|, )${name} \\d+\\.\\d+\\.\\d+(,|$)`);
      await app.waitUntil(
        async () => (await listedPackages(app)).some((list) => exact.test(list)),
        {
          timeoutMsg: `no licence lists ${name}`,
        },
      );
    }

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
