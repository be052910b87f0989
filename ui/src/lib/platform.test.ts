import { describe, expect, it } from "vitest";
import { isLinuxWebView, markPlatform } from "./platform";

const AGENTS = {
  webkitGtk: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  macOs: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  android: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)",
};

describe("the platform mark", () => {
  it("is set in WebKitGTK only, where the short font stack applies", () => {
    expect(isLinuxWebView(AGENTS.webkitGtk)).toBe(true);
    expect(isLinuxWebView(AGENTS.macOs)).toBe(false);
    expect(isLinuxWebView(AGENTS.webView2)).toBe(false);
    expect(isLinuxWebView(AGENTS.android)).toBe(false);
  });

  it("marks the root element, and leaves other platforms unmarked", () => {
    const linux = document.createElement("html");
    markPlatform(linux, AGENTS.webkitGtk);
    expect(linux.dataset.platform).toBe("linux");
    const mac = document.createElement("html");
    markPlatform(mac, AGENTS.macOs);
    expect(mac.dataset.platform).toBeUndefined();
  });
});
