// What the .deb and the .rpm hold: the binary, a valid desktop entry, an icon
// at every size, the right name, version, description and category, and the
// system libraries they require.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import {
  ICON_SIZES,
  bundle,
  debContents,
  output,
  pngSize,
  root,
  unpack,
  version,
} from "./bundles.mjs";

const DESKTOP = "usr/share/applications/Pyprep.desktop";
const HICOLOR = "usr/share/icons/hicolor";
const conf = JSON.parse(readFileSync(path.join(root, "src-tauri/tauri.conf.json"), "utf8"));
const { shortDescription, longDescription } = conf.bundle;

// Its size is a figure `npm run package` prints, not asserted here (see README).
test("the .deb's control fields name Pyprep at this version", () => {
  const deb = bundle("deb");
  const field = (name) => output("dpkg-deb", ["-f", deb, name]).trim();
  assert.equal(field("Package"), "pyprep");
  assert.equal(field("Version"), version);
  const [summary, ...more] = field("Description").split("\n");
  assert.equal(summary, shortDescription);
  assert.equal(more.map((line) => line.trim()).join(" "), longDescription);
  assert.match(field("Depends"), /(^|, )libwebkit2gtk-4\.1-0(,|$)/);
});

for (const kind of ["deb", "rpm"]) {
  test(`the .${kind} holds the binary, a valid desktop entry in Education, and every icon size`, (t) => {
    const folder = unpack(bundle(kind));
    t.after(() => rmSync(folder, { recursive: true, force: true }));
    assert.ok(statSync(path.join(folder, "usr/bin/pyprep")).mode & 0o111, "the binary runs");

    const desktop = path.join(folder, DESKTOP);
    output("desktop-file-validate", [desktop]);
    const entry = readFileSync(desktop, "utf8");
    assert.match(entry, /^Name=Pyprep$/m);
    assert.match(entry, /^Exec=pyprep$/m);
    assert.match(entry, /^Icon=pyprep$/m);
    assert.match(entry, /^Categories=Education;$/m);
    assert.equal(entry.match(/^Comment=(.*)$/m)?.[1], shortDescription);

    // Exactly one folder per size, each holding an icon of that size: a folder named for
    // one size (or a scale, `@2`) with an icon of another is one desktops never find.
    const folders = readdirSync(path.join(folder, HICOLOR)).sort();
    assert.deepEqual(folders, ICON_SIZES.map((size) => `${size}x${size}`).sort());
    for (const size of ICON_SIZES) {
      const png = readFileSync(path.join(folder, HICOLOR, `${size}x${size}/apps/pyprep.png`));
      assert.deepEqual(pngSize(png), { width: size, height: size }, `the ${size}px icon`);
    }
  });
}

test("the .rpm lists the .deb's files and names Pyprep at this version", () => {
  const rpm = bundle("rpm");
  const listed = output("rpm", ["-qlp", rpm]).trim().split("\n").sort();
  assert.deepEqual(listed, [...debContents(bundle("deb")).files.keys()].sort());
  const [name, rpmVersion, summary, ...description] = output("rpm", [
    "-qp",
    "--queryformat",
    "%{NAME}\\n%{VERSION}\\n%{SUMMARY}\\n%{DESCRIPTION}",
    rpm,
  ]).split("\n");
  assert.deepEqual([name, rpmVersion, summary], ["pyprep", version, shortDescription]);
  assert.equal(description.join(" ").trim(), longDescription);
});

// The updater's TLS is the system's OpenSSL (much smaller than a TLS stack in
// the binary), so both packages must ask for it: Debian 12 calls it libssl3,
// Ubuntu 24.04 libssl3t64; rpm distributions provide the library by its soname.
test("both packages require the OpenSSL library the binary links", (t) => {
  const folder = unpack(bundle("deb"));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const linked = output("readelf", ["-d", path.join(folder, "usr/bin/pyprep")]);
  assert.match(linked, /\(NEEDED\)\s+Shared library: \[libssl\.so\.3\]/);
  const depends = output("dpkg-deb", ["-f", bundle("deb"), "Depends"])
    .trim()
    .split(", ");
  assert.ok(depends.includes("libssl3 | libssl3t64"), depends.join(", "));
  const requires = output("rpm", ["-qpR", bundle("rpm")])
    .trim()
    .split("\n");
  assert.ok(requires.includes("libssl.so.3()(64bit)"), requires.join(", "));
});
