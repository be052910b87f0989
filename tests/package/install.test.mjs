// Installs the .deb on this machine, answers one review in the installed app
// (/usr/bin/pyprep) through WebDriver, then purges the package and checks that
// nothing of it is left while the user's data stays. Needs root (or sudo
// without a password), as installing any package does.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { bundle, debContents, output } from "./bundles.mjs";

const INSTALLED = "/usr/bin/pyprep";
// The harness reads which binary to start when it loads.
process.env.PYPREP_APP = INSTALLED;
const { driverForThisFile, newDataDir, screenshot, shown, textOf, withApp } =
  await import("../e2e/harness.mjs");
const { answerOnScreen } = await import("../e2e/flows.mjs");

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync("sudo", ["-n", "true"]).status === 0;

/** Runs a command as root: directly when root, else through `sudo -n`. */
function asRoot(command, args) {
  if (isRoot) return output(command, args);
  if (canSudo) return output("sudo", ["-n", command, ...args]);
  throw new Error(
    "Installing the .deb needs root: run these tests as root or with sudo that asks no password.",
  );
}

const installed = () => spawnSync("dpkg", ["-s", "pyprep"]).status === 0;
const deb = bundle("deb");
let installedHere = false;

// Registered before the driver's hooks, so that a missing root is the first error seen.
before(() => {
  assert.ok(!installed(), "pyprep is already installed here: remove it before this test");
  installedHere = true;
  asRoot("dpkg", ["-i", deb]);
});
// A failed test must not leave the package on this machine (nor remove one it did not install).
after(() => {
  if (installedHere && installed()) asRoot("dpkg", ["--purge", "pyprep"]);
});

const driver = driverForThisFile();
const dataDir = newDataDir();
const database = path.join(dataDir, "pyprep.sqlite3");

test("the installed app starts from /usr/bin and records a review", async () => {
  assert.ok(installed(), "dpkg lists pyprep as installed");
  await withApp(driver, dataDir, async (app) => {
    assert.equal(await textOf(app, "home-reviewed-count"), "0");
    await (await shown(app, "nav-review")).click();
    const { title } = await answerOnScreen(app);
    await (await shown(app, "grade-good")).click();
    await app.waitUntil(async () => (await textOf(app, "review-question-title")) !== title, {
      timeoutMsg: "the next question did not come after the answer",
    });
    await screenshot(app, "70-installed-deb-review");
  });
  // A new start of the installed app reads the answer back from the user's database.
  await withApp(driver, dataDir, async (app) => {
    assert.equal(await textOf(app, "home-reviewed-count"), "1");
  });
});

test("purging the package leaves none of its files, and the user's data stays", () => {
  asRoot("dpkg", ["--purge", "pyprep"]);
  assert.ok(!installed(), "dpkg no longer lists pyprep");
  const { files, folders } = debContents(deb);
  assert.ok(files.has(INSTALLED), [...files.keys()].join(", "));
  assert.deepEqual(
    [...files.keys()].filter((file) => existsSync(file)),
    [],
    "files of the package still on disk",
  );
  // Shared folders such as /usr/share/icons/hicolor/48x48/apps stay for their other owners.
  const ownedByNoOne = (folder) => spawnSync("dpkg", ["-S", folder]).status !== 0;
  assert.deepEqual(
    folders.filter((folder) => existsSync(folder) && ownedByNoOne(folder)),
    [],
    "folders of the package left behind",
  );
  assert.ok(statSync(database).size > 0, "the user's database stays");
});
