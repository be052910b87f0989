// The Linux packages `npm run package` builds, and what they must hold.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
const bundleDir = path.join(root, "target", "release", "bundle");

export const version = readFileSync(path.join(root, "Cargo.toml"), "utf8").match(
  /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/,
)[1];

/** The package of this version in bundle/<kind>/ (kind "deb" or "rpm"). */
export function bundle(kind) {
  const folder = path.join(bundleDir, kind);
  const file = existsSync(folder)
    ? readdirSync(folder).find((name) => name.endsWith(`.${kind}`) && name.includes(version))
    : undefined;
  if (!file) throw new Error(`no .${kind} of version ${version} in ${folder}: run npm run package`);
  return path.join(folder, file);
}

/** Runs a command and returns its standard output; throws with its error output when it fails. */
export function output(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

/** What the .deb installs, from `dpkg-deb -c`: absolute paths, and each file's size. */
export function debContents(deb) {
  const files = new Map();
  const folders = [];
  for (const line of output("dpkg-deb", ["-c", deb]).trim().split("\n")) {
    const fields = line.trim().split(/\s+/);
    const where = path.posix.join("/", fields.at(-1));
    if (line.startsWith("d")) folders.push(where);
    else files.set(where, Number(fields[2]));
  }
  return { files, folders: folders.filter((folder) => folder !== "/") };
}

/** Unpacks a .deb or .rpm into a new temporary folder and returns the folder. */
export function unpack(file) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "pyprep-package-"));
  if (file.endsWith(".deb")) output("dpkg-deb", ["-x", file, folder]);
  // rpm2archive comes with rpm (Debian's rpm2cpio package) and turns the payload into a tarball.
  else output("sh", ["-c", 'rpm2archive - < "$1" | tar -xz -C "$2"', "sh", file, folder]);
  return folder;
}

/** The hicolor icon sizes both packages ship. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
