import { describe, expect, it } from "vitest";
import { filterLicenses, loadLicenses, packageCount, type LicenseGroup } from "./licenses";

const groups: LicenseGroup[] = [
  {
    id: "MIT",
    name: "MIT License",
    text: "Permission is hereby granted…",
    packages: [
      { name: "serde", version: "1.0.0", source: "crate" },
      { name: "crelt", version: "1.0.7", source: "npm" },
    ],
  },
  {
    id: "PSF-2.0",
    name: "Python Software Foundation License 2.0",
    text: "PSF LICENSE AGREEMENT…",
    packages: [{ name: "CPython and its standard library", version: "3.14.2", source: "python" }],
  },
];

describe("licences", () => {
  it("keeps only the packages whose name matches, in any case, and drops empty groups", () => {
    const found = filterLicenses(groups, "  SERDE ");
    expect(found).toHaveLength(1);
    expect(found[0].packages.map((item) => item.name)).toEqual(["serde"]);
    expect(filterLicenses(groups, "python")[0].id).toBe("PSF-2.0");
    expect(filterLicenses(groups, "nothing-like-it")).toEqual([]);
  });

  it("shows everything for an empty query and counts every package", () => {
    expect(filterLicenses(groups, " ")).toBe(groups);
    expect(packageCount(groups)).toBe(3);
  });

  it("names a missing licences file", async () => {
    const missing = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(loadLicenses(missing)).rejects.toThrow("the licences file is missing (404)");
  });
});
