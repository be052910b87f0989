import { describe, expect, it } from "vitest";
import {
  formatCountdown,
  formatStopwatch,
  isWarning,
  minutesLeft,
  timeLeftAt,
  warningMessage,
  warningThresholdMs,
} from "./countdown";

describe("formatCountdown", () => {
  it.each([
    [30 * 60_000, "30:00"],
    [90 * 60_000, "90:00"],
    [10 * 60_000 - 1_000, "9:59"],
    [125_000, "2:05"],
    [60_000, "1:00"],
    [59_200, "1:00"],
    [59_000, "0:59"],
    [400, "0:01"],
    [0, "0:00"],
    [-3_000, "0:00"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe("formatStopwatch", () => {
  it.each([
    [0, "0:00"],
    [7_900, "0:07"],
    [185_000, "3:05"],
    [72 * 60_000, "72:00"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatStopwatch(ms)).toBe(text);
  });
});

describe("the warning threshold", () => {
  it("is the last 20% of a short round", () => {
    expect(warningThresholdMs(5 * 60_000)).toBe(60_000);
    expect(warningThresholdMs(60_000)).toBe(12_000);
  });

  it("is the last 2 minutes of a long round", () => {
    expect(warningThresholdMs(30 * 60_000)).toBe(120_000);
    expect(warningThresholdMs(10 * 60_000)).toBe(120_000);
  });

  it("warns inside the window and not before it", () => {
    const limit = 30 * 60_000;
    expect(isWarning(120_001, limit)).toBe(false);
    expect(isWarning(120_000, limit)).toBe(true);
    expect(isWarning(5_000, limit)).toBe(true);
    expect(isWarning(0, limit)).toBe(true);
    expect(isWarning(61_000, 5 * 60_000)).toBe(false);
    expect(isWarning(60_000, 5 * 60_000)).toBe(true);
    expect(isWarning(0, 0)).toBe(false);
  });

  it("says how long is left when the warning starts", () => {
    expect(warningMessage(30 * 60_000)).toBe("2 minutes left");
    expect(warningMessage(5 * 60_000)).toBe("1 minute left");
    expect(warningMessage(3 * 60_000)).toBe("36 seconds left");
  });
});

describe("timeLeftAt", () => {
  it("counts down from the last sync and stops at zero", () => {
    const sync = { leftMs: 10_000, at: 1_000 };
    expect(timeLeftAt(sync, 1_000)).toBe(10_000);
    expect(timeLeftAt(sync, 4_500)).toBe(6_500);
    expect(timeLeftAt(sync, 20_000)).toBe(0);
    // A clock reading from before the sync does not add time.
    expect(timeLeftAt(sync, 500)).toBe(10_000);
  });
});

describe("minutesLeft", () => {
  it("rounds up so a running round never shows 0 min", () => {
    expect(minutesLeft(12 * 60_000)).toBe(12);
    expect(minutesLeft(11 * 60_000 + 1)).toBe(12);
    expect(minutesLeft(5_000)).toBe(1);
    expect(minutesLeft(0)).toBe(0);
  });
});
