import { describe, expect, it } from "vitest";
import {
  fileSize,
  formatDays,
  formatDuration,
  greeting,
  greetingChangesAt,
  localWallClock,
  longDate,
  percent,
  plural,
  readWallClock,
  scheduleLabel,
} from "./format";

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [400, "0s"],
    [1_600, "2s"],
    [59_000, "59s"],
    [60_000, "1m 00s"],
    [185_000, "3m 05s"],
    [3_600_000, "1h 00m"],
    [4_980_000, "1h 23m"],
    [-5, "0s"],
  ])("%i ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("formatDays", () => {
  it.each([
    [0, "0d"],
    [3, "3d"],
    [13, "13d"],
    [14, "2w"],
    [45, "6w"],
    [60, "2mo"],
    [200, "7mo"],
    [365, "1y"],
    [550, "1.5y"],
    [-3, "3d"],
  ])("%i days is %s", (days, text) => {
    expect(formatDays(days)).toBe(text);
  });
});

describe("scheduleLabel", () => {
  it("describes where a question stands", () => {
    expect(scheduleLabel("new", null)).toEqual({ text: "New", tone: "new" });
    expect(scheduleLabel("learning", 0)).toEqual({ text: "Learning", tone: "learning" });
    expect(scheduleLabel("relearning", 0)).toEqual({ text: "Relearning", tone: "learning" });
    expect(scheduleLabel("review", -2)).toEqual({ text: "Overdue 2d", tone: "due" });
    expect(scheduleLabel("review", 0)).toEqual({ text: "Due today", tone: "due" });
    expect(scheduleLabel("review", 1)).toEqual({ text: "Tomorrow", tone: "later" });
    expect(scheduleLabel("review", 21)).toEqual({ text: "In 3w", tone: "later" });
  });
});

describe("small helpers", () => {
  it("pluralises", () => {
    expect(plural(1, "question")).toBe("1 question");
    expect(plural(0, "question")).toBe("0 questions");
    expect(plural(2, "reply", "replies")).toBe("2 replies");
  });

  it("rounds percentages and survives an empty total", () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 0)).toBe(0);
    expect(percent(12, 10)).toBe(100);
  });

  it("greets by the hour", () => {
    expect(greeting(9)).toBe("Good morning");
    expect(greeting(14)).toBe("Good afternoon");
    expect(greeting(20)).toBe("Good evening");
    expect(greeting(3)).toBe("Burning the midnight oil");
  });

  it("knows when the greeting changes next, and that the evening lasts until midnight", () => {
    const at = (time: string) => readWallClock(`2026-12-05T${time}+01:00`)!;
    const changesAt = (time: string) => new Date(greetingChangesAt(at(time))).toISOString();
    expect(changesAt("09:30:00")).toBe("2026-12-05T11:00:00.000Z");
    expect(changesAt("11:59:59")).toBe("2026-12-05T11:00:00.000Z");
    expect(changesAt("12:00:00")).toBe("2026-12-05T17:00:00.000Z");
    expect(changesAt("02:00:00")).toBe("2026-12-05T04:00:00.000Z");
    expect(changesAt("20:15:30")).toBe("2026-12-05T23:00:00.000Z");
  });
});

describe("readWallClock", () => {
  it("reads the engine's local time into its parts and the instant it names", () => {
    expect(readWallClock("2026-03-09T21:00:07-04:00")).toEqual({
      year: 2026,
      month: 3,
      day: 9,
      hour: 21,
      minute: 0,
      second: 7,
      epochMs: Date.parse("2026-03-10T01:00:07Z"),
    });
    expect(readWallClock("2026-12-06T00:30:00+05:30")?.epochMs).toBe(
      Date.parse("2026-12-05T19:00:00Z"),
    );
    expect(readWallClock("2026-12-06T08:00:00Z")?.hour).toBe(8);
  });

  it("refuses what is not a local time with its offset", () => {
    expect(readWallClock("")).toBeNull();
    expect(readWallClock("2026-12-06")).toBeNull();
    expect(readWallClock("2026-12-06T08:00:00")).toBeNull();
  });

  it("reads a Date in the computer's time zone the same way", () => {
    const date = new Date(2026, 11, 6, 23, 59, 30);
    expect(localWallClock(date)).toEqual({
      year: 2026,
      month: 12,
      day: 6,
      hour: 23,
      minute: 59,
      second: 30,
      epochMs: date.getTime(),
    });
  });
});

describe("longDate", () => {
  it("names the weekday and month of the date, in English", () => {
    const on = (date: string) => longDate(readWallClock(`${date}-10:00`)!);
    expect(on("2026-12-06T23:59:00")).toBe("Sunday, December 6");
    expect(on("2027-01-01T00:00:00")).toBe("Friday, January 1");
    expect(on("2028-02-29T12:00:00")).toBe("Tuesday, February 29");
  });
});

describe("fileSize", () => {
  it("rounds up to whole KB below a megabyte, then shows MB to one decimal", () => {
    expect(fileSize(0)).toBe("0 KB");
    expect(fileSize(1)).toBe("1 KB");
    expect(fileSize(1536)).toBe("2 KB");
    expect(fileSize(1024 * 1024 - 1)).toBe("1024 KB");
    expect(fileSize(1024 * 1024)).toBe("1.0 MB");
    expect(fileSize(5.26 * 1024 * 1024)).toBe("5.3 MB");
  });
});
