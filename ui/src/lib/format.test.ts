import { describe, expect, it } from "vitest";
import {
  fileSize,
  formatDays,
  formatDuration,
  greeting,
  greetingChangesAt,
  longDate,
  percent,
  plural,
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
    const at = (hours: number, minutes = 0) => new Date(2026, 11, 5, hours, minutes);
    expect(greetingChangesAt(at(9, 30))).toEqual(at(12));
    expect(greetingChangesAt(at(11, 59))).toEqual(at(12));
    expect(greetingChangesAt(at(12))).toEqual(at(18));
    expect(greetingChangesAt(at(2))).toEqual(at(5));
    expect(greetingChangesAt(at(20, 15))).toEqual(new Date(2026, 11, 6, 0, 0));
  });
});

describe("longDate", () => {
  it("names the weekday and month of the local date, in English", () => {
    expect(longDate(new Date(2026, 11, 6, 23, 59))).toBe("Sunday, December 6");
    expect(longDate(new Date(2027, 0, 1, 0, 0))).toBe("Friday, January 1");
    expect(longDate(new Date(2028, 1, 29, 12))).toBe("Tuesday, February 29");
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
