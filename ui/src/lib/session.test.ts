import { describe, expect, it } from "vitest";
import {
  MAX_ANSWER_MS,
  answerDuration,
  summarize,
  withoutLast,
  type SessionEntry,
} from "./session";

const entry = (overrides: Partial<SessionEntry>): SessionEntry => ({
  questionId: "q",
  grade: "good",
  durationMs: 10_000,
  correct: null,
  ...overrides,
});

describe("summarize", () => {
  it("is empty before any answer", () => {
    expect(summarize([])).toEqual({
      reviewed: 0,
      byGrade: { again: 0, hard: 0, good: 0, easy: 0 },
      totalMs: 0,
      averageMs: 0,
      accuracy: null,
      checked: { total: 0, correct: 0 },
    });
  });

  it("counts grades, time and the share recalled", () => {
    const summary = summarize([
      entry({ questionId: "a", grade: "again", durationMs: 30_000, correct: false }),
      entry({ questionId: "b", grade: "good", durationMs: 20_000, correct: true }),
      entry({ questionId: "c", grade: "easy", durationMs: 5_000 }),
      entry({ questionId: "d", grade: "hard", durationMs: 25_000 }),
    ]);
    expect(summary.reviewed).toBe(4);
    expect(summary.byGrade).toEqual({ again: 1, hard: 1, good: 1, easy: 1 });
    expect(summary.totalMs).toBe(80_000);
    expect(summary.averageMs).toBe(20_000);
    expect(summary.accuracy).toBe(0.75);
    expect(summary.checked).toEqual({ total: 2, correct: 1 });
  });
});

describe("answerDuration", () => {
  it("rounds to whole milliseconds", () => {
    expect(answerDuration(100.2, 1600.7)).toBe(1501);
  });

  it("never goes negative or past the cap", () => {
    expect(answerDuration(500, 100)).toBe(0);
    expect(answerDuration(0, MAX_ANSWER_MS * 5)).toBe(MAX_ANSWER_MS);
    expect(answerDuration(0, Number.NaN)).toBe(0);
  });
});

describe("withoutLast", () => {
  it("drops the last entry when it is the undone question", () => {
    const entries = [entry({ questionId: "a" }), entry({ questionId: "b" })];
    expect(withoutLast(entries, "b").map((e) => e.questionId)).toEqual(["a"]);
  });

  it("keeps the entries when the undone answer was from before the session", () => {
    const entries = [entry({ questionId: "a" })];
    expect(withoutLast(entries, "z")).toEqual(entries);
    expect(withoutLast([], "z")).toEqual([]);
  });
});
