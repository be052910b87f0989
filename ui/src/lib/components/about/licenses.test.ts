import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  filterLicenses,
  loadLicenses,
  packageCount,
  type LicenseFile,
  type LicenseGroup,
} from "./licenses";
import Licenses from "./Licenses.svelte";

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

const file: LicenseFile = { groups };

/** `fetch` answering the licences file with `response`; returns the mock. */
function serve(response: () => Response) {
  const fetcher = vi.fn(async () => response());
  vi.stubGlobal("fetch", fetcher);
  return fetcher;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Licenses", () => {
  it("loads the shipped file, counts it, and finds a package by name", async () => {
    const fetcher = serve(() => new Response(JSON.stringify(file)));
    render(Licenses);
    expect(screen.getByText("Loading the licences…")).toBeTruthy();
    expect((await screen.findByTestId("licenses-summary")).textContent).toBe(
      "3 packages under 2 licences",
    );
    expect(fetcher).toHaveBeenCalledWith("/licenses.json");
    expect(screen.getAllByTestId("license-group")).toHaveLength(2);

    await fireEvent.input(screen.getByTestId("licenses-search"), { target: { value: "CPY" } });
    const [group] = screen.getAllByTestId("license-group");
    expect(screen.getAllByTestId("license-group")).toHaveLength(1);
    expect(group.textContent).toContain("Python Software Foundation License 2.0");
    expect(screen.getByTestId("license-packages").textContent).toBe(
      "CPython and its standard library 3.14.2",
    );

    await fireEvent.input(screen.getByTestId("licenses-search"), { target: { value: "nope" } });
    expect(screen.queryAllByTestId("license-group")).toHaveLength(0);
    expect(screen.getByText("No package is called that.")).toBeTruthy();
  });

  it("says so when the file is missing", async () => {
    serve(() => new Response("", { status: 404 }));
    render(Licenses);
    expect((await screen.findByTestId("licenses-error")).textContent).toBe(
      "Couldn’t show the licences: the licences file is missing (404).",
    );
    expect(screen.queryByTestId("licenses-search")).toBeNull();
  });
});
