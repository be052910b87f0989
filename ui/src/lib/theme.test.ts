import { afterEach, describe, expect, it, vi } from "vitest";

describe("theme", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it("resolves system from the OS preference", async () => {
    const { resolveTheme } = await import("./theme");
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
  });

  it("sets data-theme, remembers it, and follows the OS live when on system", async () => {
    let listener: (() => void) | null = null;
    const media = {
      matches: false,
      addEventListener: (_: string, fn: () => void) => (listener = fn),
    };
    vi.stubGlobal("matchMedia", () => media);
    const { applyTheme } = await import("./theme");

    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem("pyprep.theme")).toBe("dark");

    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBe("light");
    media.matches = true;
    listener!();
    expect(document.documentElement.dataset.theme).toBe("dark");

    applyTheme("light");
    listener!();
    expect(document.documentElement.dataset.theme).toBe("light");
  });
});
