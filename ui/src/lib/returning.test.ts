import { afterEach, describe, expect, it } from "vitest";
import { cameBefore, rememberReturning } from "./returning";

describe("returning user", () => {
  afterEach(() => localStorage.clear());

  it("is unknown on a first start", () => {
    expect(cameBefore()).toBe(false);
  });

  it("is remembered past the welcome and forgotten when the welcome is due again", () => {
    rememberReturning(true);
    expect(cameBefore()).toBe(true);
    rememberReturning(false);
    expect(cameBefore()).toBe(false);
  });
});
