// `npm run licenses`: gathers the licence of everything the app ships into
// ui/static/licenses.json, which the app shows in Settings → About. Crates come
// from cargo-about (installed here when missing), the npm packages the UI build
// bundles from their own LICENSE files, and the Python runtime from Pyodide and CPython.
// Run it after changing dependencies; `npm test` checks the file is complete.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { capture, has, root, run } from "./lib.mjs";
import { pythonRuntime, shippedNpmPackages } from "./licenses/shipped.mjs";

const OUTPUT = path.join(root, "ui", "static", "licenses.json");

function crateGroups() {
  if (!has("cargo-about")) {
    console.log("Installing cargo-about...");
    if (run("cargo", ["install", "cargo-about", "--locked", "--features", "cli"]) !== 0) {
      throw new Error("could not install cargo-about");
    }
  }
  const about = capture(
    "cargo",
    [
      "about",
      "generate",
      "--format",
      "json",
      "-m",
      "src-tauri/Cargo.toml",
      "-c",
      "scripts/licenses/about.toml",
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  if (about.status !== 0) throw new Error(`cargo about failed:\n${about.stderr}`);
  return JSON.parse(about.stdout).licenses.map((license) => ({
    id: license.id,
    name: license.name,
    text: license.text,
    packages: license.used_by.map(({ crate }) => ({
      name: crate.name,
      version: crate.version,
      source: "crate",
    })),
  }));
}

/** The package's own licence files (all of them, for a dual licence), or null when it ships none. */
function npmLicenseText(name) {
  const folder = path.join(root, "node_modules", name);
  const files = readdirSync(folder)
    .filter((entry) => /^(licen[cs]e|copying)([.-]|$)/i.test(entry) && !entry.endsWith(".spdx"))
    .sort();
  if (files.length === 0) return null;
  return files.map((file) => readFileSync(path.join(folder, file), "utf8").trim()).join("\n\n");
}

/**
 * One group per npm package; a package that ships only its SPDX id (e.g. the
 * Tauri plugin) gets the standard text of that licence, as the crates have it.
 */
function npmGroups(crates) {
  return shippedNpmPackages().map(({ name, version }) => {
    const manifest = JSON.parse(
      readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8"),
    );
    if (manifest.version !== version) {
      throw new Error(`the bundle holds ${name} ${version}, node_modules ${manifest.version}`);
    }
    const firstId = manifest.license.split(/\s+(?:OR|AND)\s+|[()]/).find(Boolean);
    const text = npmLicenseText(name) ?? crates.find((group) => group.id === firstId)?.text;
    if (!text) throw new Error(`${name} ships no licence text and ${firstId} has none to lend`);
    return {
      id: manifest.license,
      name: manifest.license,
      text,
      packages: [{ name, version, source: "npm" }],
    };
  });
}

/** CPython's licence as CPython ships it (Debian's own Python leaves it out). */
function cpythonLicenseText() {
  const candidates = ["python3.14", "python3.13", "python3.12", "python3"];
  for (const python of candidates.filter(has)) {
    const stdlib = capture(python, [
      "-c",
      "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
    ]);
    const file = path.join(stdlib.stdout.trim(), "LICENSE.txt");
    if (stdlib.status === 0 && existsSync(file)) return readFileSync(file, "utf8").trim();
  }
  throw new Error("no CPython with its LICENSE.txt found (install one, e.g. with pyenv)");
}

function pythonGroups(groups) {
  const mpl = groups.find((group) => group.id === "MPL-2.0");
  if (!mpl) throw new Error("no MPL-2.0 text among the crates' licences for Pyodide");
  const [pyodide, cpython] = pythonRuntime();
  return [
    { ...mpl, packages: [{ name: pyodide.name, version: pyodide.version, source: "python" }] },
    {
      id: "PSF-2.0",
      name: "Python Software Foundation License 2.0",
      text: cpythonLicenseText(),
      packages: [{ name: cpython.name, version: cpython.version, source: "python" }],
    },
  ];
}

/** One group per licence text (texts that differ only in spacing are one), packages sorted, groups by size. */
function merged(groups) {
  const byText = new Map();
  for (const group of groups) {
    const words = group.text.replace(/\s+/g, " ").trim();
    const key = createHash("sha256").update(`${group.id}\n${words}`).digest("hex");
    const known = byText.get(key);
    if (known) known.packages.push(...group.packages);
    else byText.set(key, { ...group, packages: [...group.packages] });
  }
  const sorted = [...byText.values()];
  for (const group of sorted) {
    // A crate whose licence files differ only in spacing came in twice.
    const once = new Map(group.packages.map((item) => [JSON.stringify(item), item]));
    group.packages = [...once.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
    );
  }
  return sorted.sort((a, b) => b.packages.length - a.packages.length || a.id.localeCompare(b.id));
}

// The build lists the npm packages it bundles (scripts/licenses/bundled.mjs).
if (run("npm", ["run", "--silent", "ui:build"]) !== 0) throw new Error("the UI build failed");
const crates = crateGroups();
const groups = merged([...crates, ...npmGroups(crates), ...pythonGroups(crates)]);
writeFileSync(OUTPUT, `${JSON.stringify({ groups }, null, 1)}\n`);
const packages = groups.reduce((total, group) => total + group.packages.length, 0);
const kib = Math.round(readFileSync(OUTPUT).length / 1024);
console.log(
  `Wrote ${path.relative(root, OUTPUT)}: ${packages} packages, ${groups.length} licence texts, ${kib} KiB.`,
);
