// Pyprep makes no network request unless the user turned update checks on.
// The app runs under strace, which records every connect/sendto/sendmsg of the
// app and of every process it starts (WebKit's web and network processes too).
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

const root = path.resolve(import.meta.dirname, "../..");
const app = process.env.PYPREP_APP ?? path.join(root, "target/debug/pyprep");
// The harness starts the app as `<binary> --data-dir <dir> ...`, so each run
// logs into its own data folder, one `network.<pid>` file per process (so no
// call is split in two by another process's). WebKitWebDriver ends the app
// with SIGKILL, which strace cannot pass on: setpriv makes the app die with
// strace instead of living on (and holding this test's output open).
const wrapper = path.join(mkdtempSync(path.join(os.tmpdir(), "pyprep-strace-")), "pyprep");
writeFileSync(
  wrapper,
  `#!/bin/sh
exec strace -ff -qq --seccomp-bpf -e signal=none -e trace=connect,sendto,sendmsg \\
  -o "$2/network" setpriv --pdeathsig KILL "${app}" "$@"
`,
);
chmodSync(wrapper, 0o755);
process.env.PYPREP_APP = wrapper;
const { byTestId, driverForThisFile, newDataDir, screenshot, shown, textOf, withApp } =
  await import("./harness.mjs");
const { answerOnScreen, openChallenge } = await import("./flows.mjs");

const driver = driverForThisFile();

/**
 * The traced socket calls of one run, and those that would reach past this
 * machine: an address other than loopback, DNS (port 53, loopback resolvers
 * included), or a connection to a resolver daemon (nscd, systemd-resolved).
 */
function networkCalls(dataDir) {
  const text = readdirSync(dataDir)
    .filter((name) => name.startsWith("network."))
    .map((name) => readFileSync(path.join(dataDir, name), "utf8"))
    .join("\n");
  const calls = text.split("\n").filter((line) => /\b(connect|sendto|sendmsg)\(/.test(line));
  const inet = (line) =>
    line.match(/sa_family=AF_INET6?,.*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")/);
  const isLoopback = (host) => host.startsWith("127.") || host === "::1";
  const attempts = calls.filter((line) => {
    const address = inet(line);
    if (address) return !isLoopback(address[1] ?? address[2]) || /htons\(53\)/.test(line);
    // A resolver daemon's socket: nscd also answers user and group lookups,
    // so only a connection that succeeded could have carried a name lookup.
    return /nscd|systemd\/resolve/.test(line) && !/\) = -1 /.test(line);
  });
  const loopback = calls.filter((line) => {
    const address = inet(line);
    return line.includes("connect(") && address && isLoopback(address[1] ?? address[2]);
  });
  return { calls, loopback, attempts };
}

function dataDirWith(settings) {
  const dataDir = newDataDir();
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { welcomed: true, ...settings } }),
  );
  return dataDir;
}

async function showUpdates(app) {
  await (await shown(app, "nav-settings")).click();
  const section = await shown(app, "update-settings");
  await section.scrollIntoView({ block: "center" });
  return section;
}

test("with update checks off (the default), no request leaves the app", async () => {
  const dataDir = dataDirWith({ theme: "light" });
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    await (await shown(app, "nav-review")).click();
    await answerOnScreen(app);
    await (await shown(app, "grade-good")).click();
    await showUpdates(app);
    assert.equal(await (await shown(app, "settings-check-updates")).isSelected(), false);
    assert.equal(await (await shown(app, "check-updates-now")).isEnabled(), false);
    await screenshot(app, "80-updates-off-light");
    await openChallenge(app, "cc-two-sum");
    await (await shown(app, "run")).click();
    // Loading Python and running the tests takes longer under strace.
    await (await byTestId(app, "results-summary")).waitForDisplayed({ timeout: 60000 });
  });
  const { calls, loopback, attempts } = networkCalls(dataDir);
  console.log(`traced ${calls.length} socket calls, ${loopback.length} loopback connects`);
  assert.ok(loopback.length > 0, "strace saw the app connect to WebDriver over loopback");
  assert.deepEqual(attempts, [], "network requests from the app");
});

test("with update checks on, the check is seen trying to reach GitHub", async () => {
  const dataDir = dataDirWith({ theme: "dark", checkForUpdates: true });
  await withApp(driver, dataDir, async (app) => {
    await showUpdates(app);
    assert.equal(await (await shown(app, "settings-check-updates")).isSelected(), true);
    await (await shown(app, "check-updates-now")).click();
    await app.waitUntil(async () => (await textOf(app, "update-status")).length > 0, {
      timeout: 60000,
      timeoutMsg: "the update check said nothing",
    });
    console.log("update check said:", await textOf(app, "update-status"));
    await screenshot(app, "81-updates-on-dark");
  });
  const { attempts } = networkCalls(dataDir);
  console.log("seen:", attempts.slice(0, 2));
  assert.ok(attempts.length > 0, "the tracing sees a request when there is one");
});
