import { describe, expect, it } from "vitest";
import { externalHref } from "./externalLinks";

function anchor(href: string): Element {
  const a = document.createElement("a");
  a.setAttribute("href", href);
  const inner = document.createElement("span");
  a.appendChild(inner);
  return inner;
}

describe("externalHref", () => {
  it("finds web links, from inside the anchor too", () => {
    expect(externalHref(anchor("https://docs.python.org/3/"))).toBe("https://docs.python.org/3/");
    expect(externalHref(anchor("HTTP://example.com"))).toBe("HTTP://example.com");
  });

  it("leaves the app's own links and other schemes alone", () => {
    expect(externalHref(anchor("/modules"))).toBeNull();
    expect(externalHref(anchor("javascript:alert(1)"))).toBeNull();
    expect(externalHref(anchor("file:///etc/passwd"))).toBeNull();
    expect(externalHref(null)).toBeNull();
  });
});
