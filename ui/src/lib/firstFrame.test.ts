import { afterEach, describe, expect, it, vi } from "vitest";
import { firstFrameScript } from "./firstFrame";
import { rememberReturning } from "./returning";
import { applyTheme } from "./theme";

const root = document.documentElement;
const AGENTS = {
  webkitGtk: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  macOs: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  android: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)",
};

/** Runs index.html's inline script as the page does: as source text, on a fresh <html>. */
function runFirstFrame({ prefersDark = false, userAgent = AGENTS.webView2 } = {}) {
  for (const key of ["theme", "platform", "returning"]) delete root.dataset[key];
  vi.stubGlobal("matchMedia", () => ({ matches: prefersDark, addEventListener() {} }));
  vi.stubGlobal("navigator", { userAgent });
  new Function(firstFrameScript())();
  return { ...root.dataset };
}

describe("the first frame's script", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it("paints last run's theme, whatever the OS prefers", () => {
    applyTheme("dark");
    expect(runFirstFrame({ prefersDark: false }).theme).toBe("dark");
    applyTheme("light");
    expect(runFirstFrame({ prefersDark: true }).theme).toBe("light");
  });

  it("follows the OS when the theme is system or not yet known", () => {
    expect(runFirstFrame({ prefersDark: true }).theme).toBe("dark");
    applyTheme("system");
    expect(runFirstFrame({ prefersDark: true }).theme).toBe("dark");
    expect(runFirstFrame({ prefersDark: false }).theme).toBe("light");
  });

  it("shows the shell only to someone the last start found past the welcome", () => {
    expect(runFirstFrame().returning).toBeUndefined();
    rememberReturning(true);
    expect(runFirstFrame().returning).toBe("");
    rememberReturning(false);
    expect(runFirstFrame().returning).toBeUndefined();
  });

  it("marks WebKitGTK for its short font stack, and macOS for its key names", () => {
    expect(runFirstFrame({ userAgent: AGENTS.webkitGtk }).platform).toBe("linux");
    expect(runFirstFrame({ userAgent: AGENTS.macOs }).platform).toBe("mac");
    expect(runFirstFrame({ userAgent: AGENTS.webView2 }).platform).toBeUndefined();
    expect(runFirstFrame({ userAgent: AGENTS.android }).platform).toBeUndefined();
  });

  it("draws a light first start when storage is refused", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(runFirstFrame()).toEqual({ theme: "light" });
  });
});
