import { describe, expect, it } from "vitest";
import {
  curvePaths,
  daysUntilDue,
  dueText,
  difficultyText,
  intervalText,
  recallOnDay,
  recallText,
  stabilityText,
} from "./schedule";

describe("schedule words", () => {
  it("formats the memory figures", () => {
    expect(stabilityText(0.42)).toBe("0.4 days");
    expect(stabilityText(1)).toBe("1 day");
    expect(stabilityText(41.4)).toBe("41 days");
    expect(difficultyText(5)).toBe("5.0 / 10");
    expect(recallText(0.874)).toBe("87%");
    expect(recallText(1.2)).toBe("100%");
    expect(intervalText(0)).toBe("Same day");
    expect(intervalText(1)).toBe("1 day");
    expect(intervalText(21)).toBe("3w");
  });

  it("counts the days to the due date from today, the last answer's date plus the days since", () => {
    expect(daysUntilDue("2026-11-21", "2026-11-12", 12)).toBe(-3);
    expect(daysUntilDue("2026-12-12", "2026-10-21", 44)).toBe(8);
    expect(daysUntilDue("2026-03-30", "2026-03-28", 0)).toBe(2);
    expect(dueText(-3)).toBe("3 days overdue");
    expect(dueText(0)).toBe("today");
    expect(dueText(1)).toBe("tomorrow");
    expect(dueText(8)).toBe("in 8 days");
  });
});

describe("forgetting curve", () => {
  const curve = [
    { day: 0, recall: 1 },
    { day: 10, recall: 0.9 },
    { day: 10, recall: 0.9 },
    { day: 20, recall: 0.8 },
  ];

  it("reads the recall between points, and holds it past either end", () => {
    expect(recallOnDay(curve, 5)).toBeCloseTo(0.95);
    expect(recallOnDay(curve, 10)).toBeCloseTo(0.9);
    expect(recallOnDay(curve, 15)).toBeCloseTo(0.85);
    expect(recallOnDay(curve, 40)).toBe(0.8);
    expect(recallOnDay([], 3)).toBeNull();
  });

  it("draws the line and closes the area along the base", () => {
    const paths = curvePaths(
      [
        { day: 0, recall: 1 },
        { day: 10, recall: 0.5 },
      ],
      (day) => day * 10,
      (recall) => 100 - recall * 100,
    );
    expect(paths.line).toBe("M0.0,0.0L100.0,50.0");
    expect(paths.area).toBe("M0.0,0.0L100.0,50.0L100.0,100.0L0.0,100.0Z");
    expect(curvePaths([], Number, Number)).toEqual({ line: "", area: "" });
  });
});
