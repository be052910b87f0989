// The licences file shipped with the app covers everything the app ships:
// regenerate it with `npm run licenses` when a dependency changes. The npm
// half reads the list the last `npm run ui:build` wrote.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { root } from "../lib.mjs";
import { pythonRuntime, shippedCrates, shippedNpmPackages } from "./shipped.mjs";

const file = path.join(root, "ui", "static", "licenses.json");
const { groups } = JSON.parse(readFileSync(file, "utf8"));
const listed = new Set(
  groups.flatMap((group) =>
    group.packages.map((item) => `${item.source}:${item.name} ${item.version}`),
  ),
);
const missing = (expected) => expected.filter((key) => !listed.has(key));
const regenerate = "run `npm run licenses` and commit ui/static/licenses.json";

test("every crate linked into the app has its licence listed", () => {
  const crates = shippedCrates().map((crate) => `crate:${crate}`);
  assert.ok(crates.length > 100, `only ${crates.length} crates found`);
  assert.deepEqual(missing(crates), [], `crates without a licence: ${regenerate}`);
});

test("every npm package bundled into the UI has its licence listed", () => {
  const packages = shippedNpmPackages().map(({ name, version }) => `npm:${name} ${version}`);
  for (const name of ["svelte", "@codemirror/view"]) {
    assert.ok(
      packages.some((key) => key.startsWith(`npm:${name} `)),
      `the build's list lacks ${name}`,
    );
  }
  assert.deepEqual(missing(packages), [], `npm packages without a licence: ${regenerate}`);
});

test("the Python runtime and its standard library have their licences listed", () => {
  const runtime = pythonRuntime().map(({ name, version }) => `python:${name} ${version}`);
  assert.deepEqual(missing(runtime), [], `Python runtime without a licence: ${regenerate}`);
});

test("no package is listed twice under one licence", () => {
  const twice = groups.flatMap((group) => {
    const keys = group.packages.map((item) => `${item.source}:${item.name} ${item.version}`);
    return keys.filter((key, index) => keys.indexOf(key) !== index);
  });
  assert.deepEqual(twice, []);
});

test("every licence has its text", () => {
  const blank = groups.filter((group) => !group.id || group.text.trim().length < 100);
  assert.deepEqual(
    blank.map((group) => group.packages.map((item) => item.name).join(", ")),
    [],
    "licences without a text",
  );
});
