// `npm test`: every check and every test, in the order that fails fastest.
// Ends with one plain "N passed, N failed" line counting every test run.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

import { appFeatures, has, root, run } from "./lib.mjs";
import { ensureSystemDependencies } from "./system-deps.mjs";

const ANSI = /\x1b\[[0-9;]*m/g;
const totals = { passed: 0, failed: 0 };
const timings = [];

/** Runs a step, streaming its output, and adds the tests it reports to the totals. */
function step(title, command, args, { count = () => null, env = {} } = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const tee = (stream, sink) =>
      stream.on("data", (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("close", (status) => {
      const counted = count(output.replace(ANSI, ""));
      if (counted) {
        totals.passed += counted.passed;
        totals.failed += counted.failed;
      }
      timings.push(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(status ?? 1);
    });
  });
}

function sum(text, pattern) {
  return [...text.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
}

const cargoCount = (text) => ({
  passed: sum(text, /test result: \w+\. (\d+) passed/g),
  failed: sum(text, /test result: \w+\. \d+ passed; (\d+) failed/g),
});
const vitestCount = (text) => {
  const line = text.match(/^\s*Tests\s+(.*)$/m)?.[1] ?? "";
  return { passed: sum(line, /(\d+) passed/g), failed: sum(line, /(\d+) failed/g) };
};
const nodeTestCount = (text) => ({
  passed: sum(text, /^[#ℹ] pass (\d+)/gm),
  failed: sum(text, /^[#ℹ] fail (\d+)/gm),
});

function finish(status) {
  console.log(`\n${timings.join("\n")}`);
  if (status !== 0) console.error("\nnpm test stopped at the first failing step (above).");
  console.log(
    `\n${totals.passed} passed, ${totals.failed + (status !== 0 && totals.failed === 0 ? 1 : 0)} failed`,
  );
  process.exit(status);
}

async function main() {
  const testTools = [
    ["WebKitWebDriver", "webkit2gtk-driver"],
    ["xvfb-run", "xvfb"],
    ["xauth", "xauth"],
    ["import", "imagemagick"],
    ["xclip", "xclip"],
    ["strace", "strace"],
    ["rpm", "rpm"],
    ["desktop-file-validate", "desktop-file-utils"],
  ];
  const missingTools = testTools.filter(([command]) => !has(command)).map(([, pkg]) => pkg);
  if (!ensureSystemDependencies({ extraDebianPackages: missingTools })) return 1;
  if (!existsSync(path.join(root, "node_modules", ".package-lock.json"))) {
    if (run("npm", ["install", "--no-fund", "--no-audit"]) !== 0) return 1;
  }
  if (!has("tauri-driver")) {
    console.log("Installing tauri-driver...");
    if (run("cargo", ["install", "tauri-driver", "--locked", "--version", "^2"]) !== 0) return 1;
  }

  const steps = [
    ["Svelte check", "npm", ["run", "--silent", "ui:check"]],
    ["Prettier", "npm", ["run", "--silent", "format:check"]],
    [
      "Workflow files (actionlint)",
      "node",
      ["--test", "scripts/actionlint.test.mjs"],
      { count: nodeTestCount },
    ],
    ["UI unit tests (vitest)", "npm", ["run", "--silent", "ui:test"], { count: vitestCount }],
    ["UI build", "npm", ["run", "--silent", "ui:build"]],
    // After the UI build: it lists the npm packages it bundled.
    [
      "Licences cover everything shipped",
      "node",
      ["--test", "scripts/licenses/check.test.mjs"],
      { count: nodeTestCount },
    ],
    ["cargo fmt", "cargo", ["fmt", "--all", "--check"]],
    [
      "cargo clippy",
      "cargo",
      ["clippy", "--workspace", "--all-targets", ...appFeatures, "--", "-D", "warnings"],
    ],
    [
      "Engine, content and app tests (cargo test)",
      "cargo",
      ["test", "--workspace", ...appFeatures],
      { count: cargoCount },
    ],
    ["App build", "cargo", ["build", "-p", "pyprep", ...appFeatures]],
  ];
  for (const [title, command, args, options] of steps) {
    const status = await step(title, command, args, options);
    if (status !== 0) return status;
  }

  const e2e = ["--test", "--test-concurrency=1", "tests/e2e/"];
  const headless = !process.env.DISPLAY || process.env.CI;
  const env = { PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
  /** Node with `args`, under Xvfb when there is no display of our own. */
  const onDisplay = (args) =>
    headless
      ? ["xvfb-run", ["-a", "-s", "-screen 0 1280x800x24", "node", ...args]]
      : ["node", args];
  const [e2eCommand, e2eArgs] = onDisplay(e2e);
  const e2eStatus = await step("End-to-end tests in the real window", e2eCommand, e2eArgs, {
    count: nodeTestCount,
    env,
  });
  if (e2eStatus !== 0) return e2eStatus;
  // A CI machine can be short of disk: the debug build (about 1.9 GB) has served its last
  // test here, and the release build needs about 1.7 GB more.
  if (process.env.PYPREP_TEST_DROP_DEBUG_BUILD) {
    rmSync(path.join(root, "target", "debug"), { recursive: true, force: true });
    console.log("\nRemoved target/debug to make room for the release build.");
  }
  const built = await step("Linux packages: release build (.deb, .rpm)", "npm", [
    "run",
    "--silent",
    "package",
  ]);
  if (built !== 0) return built;
  const [packageCommand, packageArgs] = onDisplay([
    "--test",
    "--test-concurrency=1",
    "tests/package/",
  ]);
  return step(
    "Linux packages: contents, install, one review, removal",
    packageCommand,
    packageArgs,
    {
      count: nodeTestCount,
      env,
    },
  );
}

finish(await main());
