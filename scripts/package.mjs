// `npm run package`: the release build and its Linux packages (.deb, .rpm),
// then their sizes: each package, and the app once installed.
import { statSync } from "node:fs";
import path from "node:path";

import { bundle, debContents } from "../tests/package/bundles.mjs";
import { root, run } from "./lib.mjs";

const started = Date.now();
const status = run("npx", ["tauri", "build", "--bundles", "deb,rpm"]);
if (status !== 0) process.exit(status);

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(`\nBuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const kind of ["deb", "rpm"]) {
  const file = bundle(kind);
  const size = statSync(file).size;
  const target =
    kind === "deb" ? ` (target: under 14 MiB, ${size < 14 * 1024 * 1024 ? "met" : "not met"})` : "";
  console.log(`.${kind}: ${path.relative(root, file)}, ${mib(size)}${target}`);
}
const { files } = debContents(bundle("deb"));
const installed = [...files.values()].reduce((total, size) => total + size, 0);
console.log(`installed: ${mib(installed)} in ${files.size} files`);
