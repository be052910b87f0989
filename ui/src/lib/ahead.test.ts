import { describe, expect, it } from "vitest";
import { aheadDays, aheadKeyAction } from "./ahead";

const ctx = { optionCount: 0, hasVerdict: false, busy: false };

describe("study ahead", () => {
  it("keeps the days between 1 and 30", () => {
    expect(aheadDays(7)).toBe(7);
    expect(aheadDays(0)).toBe(1);
    expect(aheadDays(45)).toBe(30);
    expect(aheadDays(2.6)).toBe(3);
    expect(aheadDays(Number.NaN)).toBe(7);
  });

  it("reveals a challenge with Space and grades with 1-4, without undo or marks", () => {
    const answering = { ...ctx, phase: "answering" as const, kind: "challenge" as const };
    expect(aheadKeyAction({ key: " " }, answering)).toEqual({ type: "reveal" });
    expect(aheadKeyAction({ key: "u" }, answering)).toBeNull();
    expect(aheadKeyAction({ key: "f" }, answering)).toBeNull();
    const revealed = { ...ctx, phase: "revealed" as const, kind: "concept" as const };
    expect(aheadKeyAction({ key: "2" }, revealed)).toEqual({ type: "grade", grade: "hard" });
    expect(aheadKeyAction({ key: "3" }, { ...revealed, phase: "idle" })).toBeNull();
  });
});
