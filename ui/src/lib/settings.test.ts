import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "$lib/test/fixtures";
import { fieldText, parseSettingsField, withField } from "./settings";

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

describe("the daily time budget", () => {
  it("is optional: empty means no budget", () => {
    expect(parseSettingsField("dailyMinutes", "  ")).toEqual({ ok: true, value: null });
    expect(parseSettingsField("dailyMinutes", "45")).toEqual({ ok: true, value: 45 });
    expect(parseSettingsField("dailyMinutes", "4.5")).toMatchObject({ ok: false });
  });

  it("is written into the settings, and shown back as typed", () => {
    const settings = { ...DEFAULT_SETTINGS, dailyMinutes: 30 };
    expect(withField(settings, "dailyMinutes", "")).toEqual({
      ok: true,
      settings: { ...settings, dailyMinutes: null },
    });
    expect(withField(settings, "newPerDay", "x")).toMatchObject({ ok: false });
    expect(fieldText("dailyMinutes", null)).toBe("");
    expect(fieldText("desiredRetention", 0.9)).toBe("0.90");
  });
});
