// A Vite plugin that writes down which npm packages `vite build` put into the
// UI (its pages and their workers), so the licences file covers exactly what
// ships: the app's own dependencies and the framework's runtime alike.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the build leaves the list: among SvelteKit's generated files, not in the app. */
export const BUNDLED_LIST = path.resolve(
  import.meta.dirname,
  "../../ui/.svelte-kit/bundled-packages.json",
);

const MODULES = "/node_modules/";

/** @returns {import("vite").Plugin} */
export function bundledPackages() {
  /** @type {Map<string, {name: string, version: string}>} package folder → package */
  const found = new Map();
  return {
    name: "pyprep-bundled-packages",
    apply: "build",
    generateBundle() {
      // The server build only renders index.html when the UI is built; it does not ship.
      if (this.environment.name !== "client") return;
      for (const moduleId of this.getModuleIds()) {
        // Rollup marks the ids of modules made by plugins (CommonJS wrappers) with \0.
        const id = moduleId.replace(/^\0/, "");
        const at = id.lastIndexOf(MODULES);
        if (at < 0) continue;
        const [scope, rest] = id.slice(at + MODULES.length).split("/");
        const name = scope.startsWith("@") ? `${scope}/${rest}` : scope;
        const folder = id.slice(0, at + MODULES.length) + name;
        if (found.has(folder)) continue;
        const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8"));
        found.set(folder, { name, version: manifest.version });
      }
      const packages = [...found.values()].sort(
        (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
      );
      mkdirSync(path.dirname(BUNDLED_LIST), { recursive: true });
      writeFileSync(BUNDLED_LIST, `${JSON.stringify(packages, null, 1)}\n`);
    },
  };
}
