// Small helpers shared by the start and test scripts.
import { spawnSync } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

/** Runs a command in the repository root with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

/** Runs a command and returns its standard output and exit code, printing nothing. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", ...options });
  return {
    status: result.error ? 127 : (result.status ?? 1),
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
  };
}

export function has(command) {
  return capture("sh", ["-c", `command -v ${command}`]).status === 0;
}

/** The cargo features every build shares, so tests, e2e and `npm start` reuse one compilation. */
export const appFeatures = ["--features", "pyprep/custom-protocol"];
