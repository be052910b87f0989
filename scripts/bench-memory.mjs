// `npm run bench:memory`: the memory of the release app (every process it
// starts, as PSS) on Home, and again once a coding challenge is open with its
// Python runtime loaded. Build it first with `npm run package`. Prints figures;
// asserts nothing: run it a few times, these machines are noisy.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { pssMiB } from "./bench/processes.mjs";
import { root } from "./lib.mjs";

const RUNS = 3;
process.env.PYPREP_APP ??= path.join(root, "target", "release", "pyprep");
if (!process.env.DISPLAY) {
  const again = spawnSync(
    "xvfb-run",
    ["-a", "-s", "-screen 0 1280x800x24", "node", ...process.argv.slice(1)],
    {
      stdio: "inherit",
    },
  );
  process.exit(again.status ?? 1);
}
const { newDataDir, shown, startDriver, withApp } = await import("../tests/e2e/harness.mjs");
const { openChallenge } = await import("../tests/e2e/flows.mjs");

/** The app started on `dataDir`: found by its --data-dir argument. */
function appPid(dataDir) {
  const found = spawnSync("pgrep", ["-f", `${process.env.PYPREP_APP} --data-dir ${dataDir}`], {
    encoding: "utf8",
  });
  return Number(found.stdout.trim().split("\n")[0]);
}

const driver = { driver: await startDriver() };
const figures = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const dataDir = newDataDir();
    await withApp(driver, dataDir, async (app) => {
      await shown(app, "home-new-count");
      await sleep(4000);
      const home = pssMiB(appPid(dataDir));
      await openChallenge(app, "cc-two-sum");
      await app.waitUntil(
        async () => (await (await shown(app, "run-status")).getAttribute("data-state")) === "ready",
        { timeout: 60000, timeoutMsg: "Python did not become ready" },
      );
      await sleep(4000);
      figures.push({ home, challenge: pssMiB(appPid(dataDir)) });
    });
  }
} finally {
  driver.driver.stop();
}
for (const { home, challenge } of figures) {
  console.log(
    `Home ${home.toFixed(0)} MiB, a challenge open with Python loaded ${challenge.toFixed(0)} MiB`,
  );
}
