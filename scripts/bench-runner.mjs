// Measures the in-app Python runner in the real app window and prints figures:
//   - opening a challenge on a cold app until Run is ready, the very first time
//     (no start-up snapshot yet) and on later cold starts (snapshot cached);
//   - a warm Run of a challenge's visible tests (median of 20);
//   - from the time limit to a stopped infinite loop, and to a runtime ready again;
//   - the memory (PSS) of every process of the app with the runtime loaded;
//   - the size of the release .deb, when one was built.
// Run it under a display on a release build:
//   npm run ui:build && cargo build --release -p pyprep --features pyprep/custom-protocol
//   xvfb-run -a -s "-screen 0 1280x800x24" node scripts/bench-runner.mjs [path/to/pyprep]
// Times come from performance marks the app sets (pyprep:*), read through WebDriver.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { remote } from "webdriverio";

import { pssMiB } from "./bench/processes.mjs";
import { root } from "./lib.mjs";

const binary = path.resolve(process.argv[2] ?? path.join(root, "target/release/pyprep"));
const COLD_STARTS = 5;
const WARM_RUNS = 20;
const LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => `${Math.round(value)} ms`;

async function startDriver() {
  const port = 4500 + Math.floor(Math.random() * 400);
  const driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(port + 1)],
    {
      stdio: "ignore",
      env: { ...process.env, WEBKIT_DISABLE_DMABUF_RENDERER: "1" },
    },
  );
  await sleep(800);
  return { port, stop: () => driver.kill() };
}

async function launch(driver, dataDir) {
  const app = await remote({
    hostname: "127.0.0.1",
    port: driver.port,
    logLevel: "error",
    capabilities: {
      "tauri:options": { application: binary, args: ["--data-dir", dataDir] },
      "wdio:enforceWebDriverClassic": true,
    },
  });
  await app.setTimeout({ implicit: 0 });
  return app;
}

/** A fresh data folder of someone past the first-run welcome, so the app opens on Home. */
function newDataDir() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pyprep-bench-"));
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { welcomed: true } }),
  );
  return dataDir;
}

const byId = (app, id) => app.$(`[data-testid="${id}"]`);

async function shown(app, id) {
  const element = await byId(app, id);
  await element.waitForDisplayed({ timeout: 60_000 });
  return element;
}

/** Opens Two sum through search (not the Module 20 page, which would start Python early). */
async function openChallengeBySearch(app) {
  await (await shown(app, "nav-review")).waitForDisplayed();
  await app.keys(["Control", "k"]);
  await (await shown(app, "search-input")).setValue("two sum positions");
  await (await shown(app, "search-result")).click();
  await shown(app, "code-editor");
}

async function waitReady(app) {
  await app.waitUntil(
    async () => (await (await byId(app, "run-status")).getAttribute("data-state")) === "ready",
    { timeout: 60_000, interval: 20 },
  );
}

/** Milliseconds between two marks, or from `from` to the first `to` after it. */
function between(app, from, to) {
  return app.execute(
    (a, b) => {
      const start = performance.getEntriesByName(a).at(-1)?.startTime;
      const end = performance.getEntriesByName(b).find((m) => m.startTime >= start)?.startTime;
      return start === undefined || end === undefined ? null : end - start;
    },
    from,
    to,
  );
}

function pssOfApp() {
  const app = spawnSync("pgrep", ["-f", "-n", binary], { encoding: "utf8" }).stdout.trim();
  return app ? pssMiB(Number(app)) : null;
}

/** The start-up snapshot the first start saves in the background, once it is written. */
async function snapshotSaved(dataDir) {
  for (let i = 0; i < 300; i++) {
    try {
      if (readdirSync(path.join(dataDir, "cache")).some((file) => file.startsWith("snapshot-")))
        return;
    } catch {
      // Not there yet.
    }
    await sleep(100);
  }
  throw new Error("the start-up snapshot was never saved");
}

async function coldOpen(driver, dataDir) {
  const app = await launch(driver, dataDir);
  try {
    await openChallengeBySearch(app);
    await waitReady(app);
    const elapsed = await between(app, "pyprep:challenge-open", "pyprep:runtime-ready");
    await snapshotSaved(dataDir);
    return elapsed;
  } finally {
    await app.deleteSession().catch(() => {});
  }
}

async function main() {
  const driver = await startDriver();
  const results = {};
  try {
    const first = [];
    const later = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      const dataDir = newDataDir();
      first.push(await coldOpen(driver, dataDir));
      later.push(await coldOpen(driver, dataDir));
    }
    results.first = first;
    results.later = later;

    const app = await launch(driver, newDataDir());
    try {
      await openChallengeBySearch(app);
      await waitReady(app);
      const solution = readFileSync(
        path.join(root, "content/modules/20-coding-challenges/two-sum.md"),
        "utf8",
      )
        .split("## Solution")[1]
        .match(/```python\n([\s\S]*?)```/)[1];
      spawnSync("xclip", ["-selection", "clipboard"], {
        input: solution,
        stdio: ["pipe", "ignore", "ignore"],
      });
      await (await shown(app, "code-editor")).click();
      await app.keys(["Control", "a"]);
      await app.keys(["Control", "v"]);
      for (let i = 0; i < WARM_RUNS; i++) {
        await (await shown(app, "run")).click();
        await app.waitUntil(async () => await (await byId(app, "run")).isEnabled(), {
          interval: 10,
        });
      }
      results.warm = await app.execute(() =>
        performance.getEntriesByName("pyprep:run").map((entry) => entry.duration),
      );
      results.pssLoaded = pssOfApp();

      spawnSync("xclip", ["-selection", "clipboard"], {
        input: LOOP,
        stdio: ["pipe", "ignore", "ignore"],
      });
      await (await shown(app, "code-editor")).click();
      await app.keys(["Control", "a"]);
      await app.keys(["Control", "v"]);
      await (await shown(app, "run")).click();
      await app.waitUntil(async () => await (await byId(app, "run")).isEnabled(), {
        timeout: 30_000,
        interval: 10,
      });
      await waitReady(app);
      results.killToStopped = await app.execute(() => {
        const killed = performance.getEntriesByName("pyprep:worker-killed").at(-1).startTime;
        const run = performance.getEntriesByName("pyprep:run").at(-1);
        return run.startTime + run.duration - killed;
      });
      results.killToReady = await between(app, "pyprep:worker-killed", "pyprep:runtime-ready");
      results.pssAfterKill = pssOfApp();
    } finally {
      await app.deleteSession().catch(() => {});
    }
  } finally {
    driver.stop();
  }

  console.log(`Runner benchmark: ${binary}`);
  console.log(
    `  cold app, first start (no snapshot): median ${ms(median(results.first))} of ${results.first.map(ms).join(", ")}`,
  );
  console.log(
    `  cold app, later starts (snapshot):   median ${ms(median(results.later))} of ${results.later.map(ms).join(", ")}`,
  );
  console.log(
    `  warm Run of Two sum's visible tests: median ${ms(median(results.warm))} over ${results.warm.length} runs`,
  );
  console.log(
    `  time limit -> infinite loop stopped: ${ms(results.killToStopped)}; -> runtime ready again: ${ms(Math.max(0, results.killToReady ?? 0))}`,
  );
  console.log(
    `  memory of all app processes (PSS): ${results.pssLoaded?.toFixed(0)} MiB with the runtime loaded, ${results.pssAfterKill?.toFixed(0)} MiB after a kill (spare warm)`,
  );
  const debs = path.join(path.dirname(binary), "bundle/deb");
  try {
    for (const deb of readdirSync(debs).filter((file) => file.endsWith(".deb"))) {
      console.log(
        `  release .deb: ${deb} ${(statSync(path.join(debs, deb)).size / 2 ** 20).toFixed(1)} MiB`,
      );
    }
  } catch {
    console.log("  release .deb: not built (npx tauri build --bundles deb)");
  }
}

await main();
