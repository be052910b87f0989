// Checks the system libraries Tauri needs and installs them where it can.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";

import { capture, has, run } from "./lib.mjs";

const LINUX_LIBRARIES = [
  "webkit2gtk-4.1",
  "javascriptcoregtk-4.1",
  "libsoup-3.0",
  "gtk+-3.0",
  "librsvg-2.0",
  "openssl",
];

const DEBIAN_PACKAGES = [
  "libwebkit2gtk-4.1-dev",
  "build-essential",
  "pkg-config",
  "libssl-dev",
  "libxdo-dev",
  "libayatana-appindicator3-dev",
  "librsvg2-dev",
];

const INSTRUCTIONS = {
  debian: `sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES.join(" ")}`,
  fedora:
    'sudo dnf check-update; sudo dnf install -y webkit2gtk4.1-devel openssl-devel curl wget file libxdo-devel libappindicator-gtk3-devel librsvg2-devel && sudo dnf group install -y "c-development"',
  arch: "sudo pacman -Syu --needed webkit2gtk-4.1 base-devel curl wget file openssl appmenu-gtk-module libappindicator-gtk3 librsvg xdotool",
  macos: "xcode-select --install",
  windows:
    "Install the Microsoft C++ Build Tools (Desktop development with C++) and the WebView2 runtime (already present on Windows 10 1803+ and 11).",
};

function linuxFamily() {
  if (!existsSync("/etc/os-release")) return "unknown";
  const release = readFileSync("/etc/os-release", "utf8");
  const ids = (release.match(/^ID(?:_LIKE)?=(.*)$/gm) ?? []).join(" ").toLowerCase();
  if (/debian|ubuntu/.test(ids)) return "debian";
  if (/fedora|rhel/.test(ids)) return "fedora";
  if (/arch/.test(ids)) return "arch";
  return "unknown";
}

function missingLinuxLibraries() {
  if (!has("pkg-config") || !has("cc")) return LINUX_LIBRARIES;
  return LINUX_LIBRARIES.filter(
    (library) => capture("pkg-config", ["--exists", library]).status !== 0,
  );
}

/** The command prefix that runs as root without a password prompt, or null when there is none. */
function adminPrefix() {
  if (process.getuid?.() === 0) return [];
  if (has("sudo") && capture("sudo", ["-n", "true"]).status === 0) return ["sudo", "-n"];
  return null;
}

function asAdmin(prefix, args, options) {
  const [command, ...rest] = [...prefix, ...args];
  return run(command, rest, options);
}

/** Returns true when the system can build Pyprep, installing packages on Debian/Ubuntu when allowed. */
export function ensureSystemDependencies({ extraDebianPackages = [] } = {}) {
  if (!has("cargo")) {
    console.error(
      "Rust is missing. Install it from rustup (https://rustup.rs): curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
    );
    return false;
  }
  const platform = os.platform();
  if (platform === "darwin") {
    if (capture("xcode-select", ["-p"]).status === 0) return true;
    console.error(`The Xcode command line tools are missing. Run:\n  ${INSTRUCTIONS.macos}`);
    return false;
  }
  if (platform === "win32") {
    console.log(`On Windows, Pyprep needs: ${INSTRUCTIONS.windows}`);
    return true;
  }
  const missing = missingLinuxLibraries();
  const missingTools = extraDebianPackages.length > 0;
  if (missing.length === 0 && !missingTools) return true;

  const family = linuxFamily();
  const prefix = adminPrefix();
  if (family === "debian" && prefix) {
    console.log(
      `Installing the system packages Pyprep needs (missing: ${missing.join(", ") || "test tools"})...`,
    );
    const packages = [...DEBIAN_PACKAGES, ...extraDebianPackages];
    const options = { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
    const installed =
      asAdmin(prefix, ["apt-get", "update", "-qq"], options) === 0 &&
      asAdmin(
        prefix,
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages],
        options,
      ) === 0;
    if (installed && missingLinuxLibraries().length === 0) return true;
    console.error("Installing the packages failed; see the output above.");
    return false;
  }
  console.error(`Pyprep needs these system libraries, which are missing: ${missing.join(", ")}.`);
  const command = INSTRUCTIONS[family];
  if (command) {
    console.error(`Install them with:\n  ${command}`);
  } else {
    console.error(
      `Install the WebKitGTK 4.1, GTK 3, librsvg and OpenSSL development packages for your distribution. On Debian/Ubuntu:\n  ${INSTRUCTIONS.debian}\nFedora:\n  ${INSTRUCTIONS.fedora}\nArch:\n  ${INSTRUCTIONS.arch}`,
    );
  }
  console.error("Then run `npm start` again.");
  return false;
}
