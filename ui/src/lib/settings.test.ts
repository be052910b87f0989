import { describe, expect, it } from "vitest";
import { parseSettingsField } from "./settings";

describe("parseSettingsField", () => {
  it("reads whole numbers for the daily limits and the rollover hour", () => {
    expect(parseSettingsField("newPerDay", " 15 ")).toEqual({ ok: true, value: 15 });
    expect(parseSettingsField("rolloverHour", "0")).toEqual({ ok: true, value: 0 });
    expect(parseSettingsField("reviewsPerDay", "2.5")).toMatchObject({ ok: false });
    expect(parseSettingsField("reviewsPerDay", "-1")).toMatchObject({ ok: false });
    expect(parseSettingsField("newPerDay", "")).toEqual({ ok: false, message: "Enter a number." });
  });

  it("reads the retention as a decimal and leaves the range to the engine", () => {
    expect(parseSettingsField("desiredRetention", "0.85")).toEqual({ ok: true, value: 0.85 });
    expect(parseSettingsField("desiredRetention", "0.5")).toEqual({ ok: true, value: 0.5 });
    expect(parseSettingsField("desiredRetention", "abc")).toMatchObject({ ok: false });
  });
});
