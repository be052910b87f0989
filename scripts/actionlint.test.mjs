// The workflow files pass actionlint, and the check catches a broken workflow.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

import { lintWorkflows, workflowFiles } from "./actionlint.mjs";
import { root } from "./lib.mjs";

test("the release and CI workflows pass actionlint", async () => {
  const files = workflowFiles();
  assert.ok(
    files.some((file) => file.endsWith("release.yml")),
    files.join(", "),
  );
  assert.ok(
    files.some((file) => file.endsWith("ci.yml")),
    files.join(", "),
  );
  assert.deepEqual(await lintWorkflows(files), []);
});

test("a release workflow with a broken job is flagged", async () => {
  const release = readFileSync(path.join(root, ".github/workflows/release.yml"), "utf8");
  const broken = release
    .replace("needs: build", "needs: [build, sign]")
    .replace("${{ matrix.target }}", "${{ matrix.platform }}");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pyprep-actionlint-")), "release.yml");
  writeFileSync(file, broken);
  const problems = (await lintWorkflows([file])).join("\n");
  assert.match(problems, /needs job "sign" which does not exist/);
  assert.match(problems, /property "platform" is not defined/);
});
