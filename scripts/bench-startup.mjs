// Pyprep's start-up against a minimal Tauri 2 app (scripts/bench/minimal-tauri,
// one static page), release builds side by side on one virtual display:
//   npm run bench:startup [-- --runs 10] [-- --no-build] [-- --pyprep PATH --minimal PATH]
// Builds both (unless --no-build or given paths), then alternates launches of
// the two (A B, B A, ...) so that load from other work on the machine falls on
// both alike. `--pyprep` given more than once compares those builds of Pyprep
// in the same run, each against the minimal app. Each launch: the time to the
// first painted frame and to the settled screen (Home with its figures), and
// the PSS of all the app's processes after 4 s. Prints medians, spreads and
// the ratios, and Pyprep's own start-up marks (PYPREP_TRACE_STARTUP=1) to show
// where its time goes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { root } from "./lib.mjs";
import { measureLaunch } from "./bench/measure.mjs";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    "no-build": { type: "boolean", default: false },
    pyprep: { type: "string", multiple: true },
    minimal: { type: "string" },
  },
});

// A display of our own, blank and with nothing else on it.
if (!process.env.PYPREP_BENCH_DISPLAY) {
  const result = spawnSync(
    "xvfb-run",
    ["-a", "-s", "-screen 0 1280x800x24", process.execPath, ...process.argv.slice(1)],
    { stdio: "inherit", env: { ...process.env, PYPREP_BENCH_DISPLAY: "1" } },
  );
  process.exit(result.status ?? 1);
}

const minimalDir = path.join(root, "scripts/bench/minimal-tauri");
const minimalTarget = path.join(root, "target/bench-minimal");

function run(command, args, extra = {}) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...extra });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build() {
  if (!options.pyprep) {
    run("npm", ["run", "--silent", "ui:build"]);
    run("cargo", ["build", "--release", "-p", "pyprep", "--features", "pyprep/custom-protocol"]);
  }
  if (!options.minimal) {
    run("cargo", ["build", "--release"], {
      cwd: minimalDir,
      env: { ...process.env, CARGO_TARGET_DIR: minimalTarget },
    });
  }
}

if (!options["no-build"]) build();

const temp = mkdtempSync(path.join(os.tmpdir(), "pyprep-bench-startup-"));
// Each app keeps what it writes (WebKit caches, window state) in the temporary folder.
const isolated = (name) => ({
  XDG_DATA_HOME: path.join(temp, name, "data"),
  XDG_CONFIG_HOME: path.join(temp, name, "config"),
  XDG_CACHE_HOME: path.join(temp, name, "cache"),
});
const pyprepBinaries = options.pyprep ?? [path.join(root, "target/release/pyprep")];
const pyprepApps = pyprepBinaries.map((binary, i) => {
  const name = pyprepBinaries.length === 1 ? "pyprep" : `pyprep-${i + 1}`;
  const dataDir = path.join(temp, name, "pyprep-data");
  // Someone who has used Pyprep before: it opens on Home, not the welcome.
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ settings: { welcomed: true } }),
  );
  return {
    name,
    binary: path.resolve(binary),
    args: ["--data-dir", dataDir],
    env: { ...isolated(name), PYPREP_TRACE_STARTUP: "1" },
  };
});
const apps = [
  {
    name: "minimal",
    binary: path.resolve(options.minimal ?? path.join(minimalTarget, "release/minimal-tauri")),
    env: isolated("minimal"),
  },
  ...pyprepApps,
];
if (pyprepApps.length > 1) {
  for (const app of pyprepApps) console.log(`${app.name}: ${app.binary}`);
}

const runs = Number(options.runs);
const results = Object.fromEntries(apps.map((app) => [app.name, []]));
// One launch of each first, not counted: the database is made, the files are in the page cache.
for (const app of apps) await measureLaunch(app);
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? [...apps].reverse() : apps;
  for (const app of order) {
    const result = await measureLaunch(app);
    results[app.name].push(result);
    console.log(
      `run ${i + 1} ${app.name.padEnd(8)} first paint ${ms(result.firstPaint)}, settled ${ms(result.settled)}, ${result.pss.toFixed(0)} MiB`,
    );
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function summary(name, pick, unit) {
  const values = results[name].map(pick);
  const sorted = [...values].sort((a, b) => a - b);
  const show = (value) => (unit === "ms" ? ms(value) : `${value.toFixed(0)} MiB`);
  return {
    median: median(values),
    text: `${show(median(values))} (${show(sorted[0])}-${show(sorted.at(-1))})`,
  };
}

console.log(`\n${runs} launches each, alternating; median (min-max):`);
for (const [label, pick, unit] of [
  ["first paint", (r) => r.firstPaint, "ms"],
  ["settled screen", (r) => r.settled, "ms"],
  ["memory (PSS, all processes, at 4 s)", (r) => r.pss, "MiB"],
]) {
  const minimal = summary("minimal", pick, unit);
  for (const { name } of pyprepApps) {
    const pyprep = summary(name, pick, unit);
    // The ratio of each pair run back to back, so drifting load cancels out.
    const pairs = results[name].map((r, i) => pick(r) / pick(results.minimal[i]));
    const sortedPairs = [...pairs].sort((a, b) => a - b);
    console.log(
      `${label}: minimal ${minimal.text}, ${name} ${pyprep.text}; ratio of medians ${(pyprep.median / minimal.median).toFixed(2)}x, per pair ${median(pairs).toFixed(2)}x (${sortedPairs[0].toFixed(2)}-${sortedPairs.at(-1).toFixed(2)})`,
    );
  }
}

for (const { name } of pyprepApps) {
  // Pyprep's pictures on the way: Home complete when the copy kept at the last
  // run was drawn (lib/homeSnapshot.ts); otherwise the shell drawn at build
  // time, then Home complete.
  const at = (pick) => ms(median(results[name].map(pick)));
  console.log(
    `\n${name}, median ms after launch: first picture ${at((r) => r.frames[0])}, the next ${at((r) => r.frames[1] ?? r.settled)}, settled ${at((r) => r.settled)}`,
  );

  // Pyprep's marks: "pyprep startup <ms since main> <what>", one line each.
  const marks = new Map();
  for (const result of results[name]) {
    for (const [, at, what] of result.stderr.matchAll(/^pyprep startup +([\d.]+) ms (.+)$/gm)) {
      if (!marks.has(what)) marks.set(what, []);
      marks.get(what).push(Number(at));
    }
  }
  if (marks.size) {
    console.log(`\n${name}'s start-up, ms after main() (median):`);
    for (const [what, times] of marks)
      console.log(`  ${median(times).toFixed(1).padStart(7)}  ${what}`);
  }
}
