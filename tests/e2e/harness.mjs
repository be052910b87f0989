// Drives the real Pyprep binary through tauri-driver and WebKitWebDriver.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before } from "node:test";
import { remote } from "webdriverio";

const root = path.resolve(import.meta.dirname, "../..");
const appBinary = process.env.PYPREP_APP ?? path.join(root, "target/debug/pyprep");
const screenshotDir = path.join(root, "tests/e2e/screenshots");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForPort(port, child) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`tauri-driver did not listen on port ${port}`);
}

/** Starts tauri-driver on free ports; call stop() when done. */
export async function startDriver() {
  const port = await freePort();
  const nativePort = await freePort();
  const child = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    {
      // Its errors are passed on through a pipe of our own, not this process's stderr:
      // the apps it starts inherit the stream, and one left running would hold the
      // test runner's end open, so the run would never end.
      stdio: ["ignore", "ignore", "pipe"],
      // Faster start-up under Xvfb; without it a run here hung after its last test.
      env: { ...process.env, WEBKIT_DISABLE_DMABUF_RENDERER: "1" },
    },
  );
  child.stderr.pipe(process.stderr, { end: false });
  await waitForPort(port, child);
  return {
    port,
    stop: () => {
      child.kill();
      child.stderr.destroy();
    },
  };
}

/** Starts one tauri-driver for the calling test file and stops it after the file's tests. */
export function driverForThisFile() {
  const holder = { driver: null };
  before(async () => {
    holder.driver = await startDriver();
  });
  after(() => holder.driver?.stop());
  return holder;
}

/**
 * A fresh data folder for one test, of someone who has been through the first-run
 * welcome (their settings file says so, as a real one does), so the app opens on Home.
 * The app keeps its database, settings and window state in it; it goes in as
 * `--data-dir` because WebKitWebDriver starts the app with a clean environment.
 */
export function newDataDir() {
  const dataDir = newUserDataDir();
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { welcomed: true } }),
  );
  return dataDir;
}

/** An empty data folder: a new user, whom the app greets with the welcome. */
export function newUserDataDir() {
  return mkdtempSync(path.join(os.tmpdir(), "pyprep-e2e-"));
}

/** Opens the app window on `dataDir` (with any extra arguments) and waits for the app shell. */
async function launch(driver, dataDir, extraArgs) {
  const app = await remote({
    hostname: "127.0.0.1",
    port: driver.port,
    logLevel: "warn",
    capabilities: {
      "tauri:options": { application: appBinary, args: ["--data-dir", dataDir, ...extraArgs] },
      "wdio:enforceWebDriverClassic": true,
    },
  });
  await app.setTimeout({ implicit: 0 });
  return app;
}

/**
 * Runs `body` with the app open on `dataDir`, and always closes the window afterwards.
 * `extraArgs` go to the app, e.g. `["--test-dialog-dir", folder]` in place of file dialogs.
 */
export async function withApp(holder, dataDir, body, extraArgs = []) {
  const app = await launch(holder.driver, dataDir, extraArgs);
  try {
    return await body(app);
  } finally {
    await app.deleteSession().catch(() => {});
    await closed(dataDir);
  }
}

/**
 * Waits for the app on `dataDir` to exit after its session ended, so that the next
 * launch on the same folder finds it free, and ends it if it is still running 10 s later.
 */
async function closed(dataDir) {
  const ours = ["-f", "--", `--data-dir ${dataDir}( |$)`];
  const running = () => spawnSync("pgrep", ours).status === 0;
  for (let waited = 0; waited < 10000 && running(); waited += 100) await sleep(100);
  if (running()) {
    console.error(`The app on ${dataDir} still ran 10 s after its session ended; killed it.`);
    spawnSync("pkill", ["-KILL", ...ours]);
  }
}

export function byTestId(app, id, extra = "") {
  return app.$(`[data-testid="${id}"]${extra}`);
}

export function allByTestId(app, id, extra = "") {
  return app.$$(`[data-testid="${id}"]${extra}`);
}

/** Waits for an element with this test id to be displayed and returns it. */
export async function shown(app, id, extra = "") {
  const element = await byTestId(app, id, extra);
  await element.waitForDisplayed({ timeout: 15000 });
  return element;
}

export async function textOf(app, id, extra = "") {
  return (await (await shown(app, id, extra)).getText()).trim();
}

/**
 * Saves a PNG of the window, as drawn on the X display, under tests/e2e/screenshots/
 * (git-ignored). WebKitWebDriver's own screenshot command hangs on some pages, so the
 * display is captured with ImageMagick instead.
 */
export async function screenshot(app, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await sleep(400);
  const { x, y, width, height } = await app.getWindowRect();
  const file = path.join(screenshotDir, `${name}.png`);
  const capture = spawnSync("import", [
    "-window",
    "root",
    "-crop",
    `${width}x${height}+${x}+${y}`,
    "+repage",
    file,
  ]);
  if (capture.status !== 0) throw new Error(`screenshot failed: ${capture.stderr}`);
}

/**
 * The expected output of the `output` question whose title reads `title` on screen
 * (the app shows `inline code` without its backticks), read from the question bank.
 */
export function expectedOutputOf(title) {
  const modules = path.join(root, "content", "modules");
  for (const module of readdirSync(modules)) {
    for (const file of readdirSync(path.join(modules, module)).filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(path.join(modules, module, file), "utf8");
      const written = text.match(/^title = (".*")$/m);
      if (!written || JSON.parse(written[1]).replaceAll("`", "") !== title) continue;
      const block = text.split("## Expected output")[1]?.match(/```text\n([\s\S]*?)```/);
      if (block) return block[1];
    }
  }
  throw new Error(`no output question titled ${title}`);
}
