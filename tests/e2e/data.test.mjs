// The user's data across launches: a damaged database file is recovered from
// a backup, notes and flags survive a restart, and progress moves between two
// installs through export and import (the file dialogs replaced by a folder).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";

import {
  byTestId,
  driverForThisFile,
  newDataDir,
  screenshot,
  shown,
  textOf,
  withApp,
} from "./harness.mjs";
import { answerOnScreen } from "./flows.mjs";

const driver = driverForThisFile();

async function answerInReview(app, count) {
  await (await shown(app, "nav-review")).click();
  for (let answered = 0; answered < count; answered++) {
    await answerOnScreen(app);
    await (await shown(app, "grade-good")).click();
    await sleep(300);
  }
  await (await shown(app, "nav-home")).click();
  return Number(await textOf(app, "home-reviewed-count"));
}

async function openSettings(app) {
  await (await shown(app, "nav-settings")).click();
  await shown(app, "transfer-settings");
}

test("a damaged database opens on the recovery screen, and the backup brings the progress back", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    assert.equal(await answerInReview(app, 3), 3);
    await openSettings(app);
    await (await shown(app, "back-up-now")).click();
    await shown(app, "backup-row");
  });
  const database = path.join(dataDir, "pyprep.sqlite3");
  const damage = spawnSync("python3", [
    path.join(import.meta.dirname, "fixtures/damage_page.py"),
    database,
  ]);
  assert.equal(damage.status, 0, String(damage.stderr));

  await withApp(driver, dataDir, async (app) => {
    const screen = await shown(app, "startup-error");
    assert.equal(await screen.getAttribute("data-kind"), "corrupt_database");
    await screenshot(app, "40-recovery-screen");
    await (await shown(app, "recover-restore")).click();
    assert.equal(
      await textOf(app, "home-reviewed-count"),
      "3",
      "the answers from the backup are back",
    );
  });
  const kept = readdirSync(dataDir).filter((name) => name.startsWith("pyprep.sqlite3.damaged-"));
  assert.ok(
    kept.length >= 1,
    `the damaged file is kept beside the database (${readdirSync(dataDir)})`,
  );
});

test("a note and a flag survive a restart, and the flag lists the question", async () => {
  const dataDir = newDataDir();
  const title = await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "nav-modules")).click();
    await (await shown(app, "module-card", '[data-slug="03-oop"]')).click();
    await (await shown(app, "question-row")).click();
    const questionTitle = await textOf(app, "question-title");
    await (await shown(app, "note-add")).click();
    await (await shown(app, "note-input")).setValue("Remember: the MRO is C3 linearization.");
    await (await shown(app, "mark-flag")).click();
    await app.waitUntil(async () => (await textOf(app, "draft-state")).includes("Saved"), {
      timeout: 10000,
      timeoutMsg: "the note was not saved",
    });
    return questionTitle;
  });
  await withApp(driver, dataDir, async (app) => {
    await (await shown(app, "nav-flagged")).click();
    const list = await shown(app, "flagged-list");
    assert.ok((await list.getText()).includes(title), "the flagged question is listed");
    await (await list.$('[data-testid="question-row"]')).click();
    assert.equal(await textOf(app, "question-title"), title);
    assert.match(await textOf(app, "note-text"), /C3 linearization/);
    assert.equal(await (await shown(app, "mark-flag")).getAttribute("aria-pressed"), "true");
  });
});

test("progress exported on one install imports into another, and the exports are real files", async () => {
  const dialogDir = mkdtempSync(path.join(os.tmpdir(), "pyprep-e2e-files-"));
  const dialog = ["--test-dialog-dir", dialogDir];
  await withApp(
    driver,
    newDataDir(),
    async (app) => {
      assert.equal(await answerInReview(app, 2), 2);
      await openSettings(app);
      await (await shown(app, "export-anki")).click();
      await app.waitUntil(async () => readdirSync(dialogDir).length === 1, { timeout: 15000 });
      await (await shown(app, "export-review-log")).click();
      await app.waitUntil(async () => readdirSync(dialogDir).length === 2, { timeout: 15000 });
      await sleep(1100); // the progress file must be the newest, which the import picks
      await (await shown(app, "export-progress")).click();
      await app.waitUntil(async () => readdirSync(dialogDir).length === 3, { timeout: 15000 });
      await screenshot(app, "41-settings-export-import");
    },
    dialog,
  );
  const files = readdirSync(dialogDir);
  const csv = readFileSync(
    path.join(
      dialogDir,
      files.find((f) => f.endsWith(".csv")),
    ),
    "utf8",
  );
  assert.equal(csv.trim().split("\n").length, 3, "a header and one row per answer");
  const anki = readFileSync(
    path.join(
      dialogDir,
      files.find((f) => f.endsWith("-anki.txt")),
    ),
    "utf8",
  );
  assert.match(anki, /^#separator:tab\n#html:true\n/);
  const progress = JSON.parse(
    readFileSync(
      path.join(
        dialogDir,
        files.find((f) => f.endsWith(".json")),
      ),
      "utf8",
    ),
  );
  assert.equal(progress.format, "pyprep-progress");
  assert.equal(progress.reviews.length, 2);

  await withApp(
    driver,
    newDataDir(),
    async (app) => {
      assert.equal(await textOf(app, "home-reviewed-count"), "0");
      await openSettings(app);
      await (await shown(app, "import-progress")).click();
      assert.match(await textOf(app, "import-changes"), /adds 2 answers/);
      await screenshot(app, "42-import-preview");
      await (await shown(app, "confirm-import")).click();
      // The dialog closes once the import is in; until then it covers the sidebar.
      await (
        await byTestId(app, "confirm-dialog")
      ).waitForDisplayed({ reverse: true, timeout: 15000 });
      await (await shown(app, "nav-home")).click();
      assert.equal(
        await textOf(app, "home-reviewed-count"),
        "2",
        "the other install's answers are here",
      );

      await openSettings(app);
      await (await shown(app, "import-progress")).click();
      assert.match(
        await textOf(app, "import-changes"),
        /already here/,
        "a second import adds nothing",
      );
      await (await byTestId(app, "confirm-dialog")).$("button=Cancel").click();
    },
    dialog,
  );
});
