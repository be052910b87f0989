// The licences file shipped with the app (ui/static/licenses.json, made by
// `npm run licenses`): every bundled crate, npm package and the Python runtime,
// grouped by licence text.

export interface LicensedPackage {
  name: string;
  version: string;
  /** Where it comes from: a Rust crate, an npm package, or the Python runtime. */
  source: "crate" | "npm" | "python";
}

export interface LicenseGroup {
  /** An SPDX id or expression, e.g. "MIT" or "Apache-2.0". */
  id: string;
  name: string;
  text: string;
  packages: LicensedPackage[];
}

export interface LicenseFile {
  groups: LicenseGroup[];
}

export async function loadLicenses(fetcher: typeof fetch = fetch): Promise<LicenseFile> {
  const response = await fetcher("/licenses.json");
  if (!response.ok) throw new Error(`the licences file is missing (${response.status})`);
  return (await response.json()) as LicenseFile;
}

/** The groups holding a package whose name contains `query` (any case), with only those packages. */
export function filterLicenses(groups: LicenseGroup[], query: string): LicenseGroup[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return groups;
  return groups
    .map((group) => ({
      ...group,
      packages: group.packages.filter((item) => item.name.toLowerCase().includes(wanted)),
    }))
    .filter((group) => group.packages.length > 0);
}

export function packageCount(groups: LicenseGroup[]): number {
  return groups.reduce((total, group) => total + group.packages.length, 0);
}
