import { afterEach, describe, expect, it, vi } from "vitest";
import { recall, remember } from "./remembered";

describe("remembered between runs", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it("keeps a value until it is forgotten", () => {
    expect(recall("pyprep.test")).toBeNull();
    remember("pyprep.test", "dark");
    expect(recall("pyprep.test")).toBe("dark");
    remember("pyprep.test", null);
    expect(recall("pyprep.test")).toBeNull();
  });

  it("recalls nothing and keeps quiet when storage is unavailable", () => {
    const refuse = () => {
      throw new DOMException("storage disabled", "SecurityError");
    };
    vi.stubGlobal("localStorage", { getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(() => remember("pyprep.test", "dark")).not.toThrow();
    expect(() => remember("pyprep.test", null)).not.toThrow();
    expect(recall("pyprep.test")).toBeNull();
  });
});
