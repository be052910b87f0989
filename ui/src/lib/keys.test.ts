import { describe, expect, it } from "vitest";
import { reviewKeyAction, type ReviewKeyContext } from "./keys";

const concept: ReviewKeyContext = {
  phase: "answering",
  kind: "concept",
  optionCount: 0,
  hasVerdict: false,
  busy: false,
};
const revealed: ReviewKeyContext = { ...concept, phase: "revealed" };
const choice: ReviewKeyContext = { ...concept, kind: "choice", optionCount: 4 };
const output: ReviewKeyContext = { ...concept, kind: "output" };

describe("reviewKeyAction", () => {
  it("reveals concept and design answers with Space or Enter", () => {
    expect(reviewKeyAction({ key: " " }, concept)).toEqual({ type: "reveal" });
    expect(reviewKeyAction({ key: "Enter" }, { ...concept, kind: "design" })).toEqual({
      type: "reveal",
    });
  });

  it("does not grade before the answer is shown", () => {
    expect(reviewKeyAction({ key: "3" }, concept)).toBeNull();
  });

  it("grades with 1 to 4 once revealed", () => {
    expect(reviewKeyAction({ key: "1" }, revealed)).toEqual({ type: "grade", grade: "again" });
    expect(reviewKeyAction({ key: "2" }, revealed)).toEqual({ type: "grade", grade: "hard" });
    expect(reviewKeyAction({ key: "3" }, revealed)).toEqual({ type: "grade", grade: "good" });
    expect(reviewKeyAction({ key: "4" }, revealed)).toEqual({ type: "grade", grade: "easy" });
    expect(reviewKeyAction({ key: "5" }, revealed)).toBeNull();
  });

  it("accepts the suggested grade with Enter only after a check", () => {
    expect(reviewKeyAction({ key: "Enter" }, revealed)).toBeNull();
    expect(reviewKeyAction({ key: "Enter" }, { ...revealed, hasVerdict: true })).toEqual({
      type: "accept",
    });
  });

  it("toggles choice options with their number and checks with Enter", () => {
    expect(reviewKeyAction({ key: "1" }, choice)).toEqual({ type: "toggle", index: 0 });
    expect(reviewKeyAction({ key: "4" }, choice)).toEqual({ type: "toggle", index: 3 });
    expect(reviewKeyAction({ key: "5" }, choice)).toBeNull();
    expect(reviewKeyAction({ key: "0" }, choice)).toBeNull();
    expect(reviewKeyAction({ key: "Enter" }, choice)).toEqual({ type: "check" });
    expect(reviewKeyAction({ key: " " }, choice)).toBeNull();
  });

  it("never toggles a seventh option", () => {
    expect(reviewKeyAction({ key: "7" }, { ...choice, optionCount: 8 })).toBeNull();
    expect(reviewKeyAction({ key: "6" }, { ...choice, optionCount: 6 })).toEqual({
      type: "toggle",
      index: 5,
    });
  });

  it("checks typed output with Ctrl+Enter or Cmd+Enter, even in the textarea", () => {
    expect(reviewKeyAction({ key: "Enter", ctrlKey: true, typing: true }, output)).toEqual({
      type: "check",
    });
    expect(reviewKeyAction({ key: "Enter", metaKey: true }, output)).toEqual({ type: "check" });
    expect(reviewKeyAction({ key: "Enter", typing: true }, output)).toBeNull();
  });

  it("starts typing the output with Enter", () => {
    expect(reviewKeyAction({ key: "Enter" }, output)).toEqual({ type: "focusInput" });
    expect(reviewKeyAction({ key: " " }, output)).toBeNull();
    expect(reviewKeyAction({ key: "3" }, output)).toBeNull();
  });

  it("ignores every other key while typing", () => {
    for (const key of [" ", "1", "3", "u", "Enter"]) {
      expect(reviewKeyAction({ key, typing: true }, output)).toBeNull();
      expect(reviewKeyAction({ key, typing: true }, revealed)).toBeNull();
    }
  });

  it("undoes with u in any phase but loading", () => {
    expect(reviewKeyAction({ key: "u" }, concept)).toEqual({ type: "undo" });
    expect(reviewKeyAction({ key: "U" }, revealed)).toEqual({ type: "undo" });
    expect(reviewKeyAction({ key: "u" }, { ...concept, phase: "done", kind: null })).toEqual({
      type: "undo",
    });
    expect(reviewKeyAction({ key: "u" }, { ...concept, phase: "idle" })).toBeNull();
  });

  it("ignores keys while busy, repeats and shortcuts with modifiers", () => {
    expect(reviewKeyAction({ key: "3" }, { ...revealed, busy: true })).toBeNull();
    expect(reviewKeyAction({ key: "3", repeat: true }, revealed)).toBeNull();
    expect(reviewKeyAction({ key: "3", ctrlKey: true }, revealed)).toBeNull();
    expect(reviewKeyAction({ key: "u", metaKey: true }, revealed)).toBeNull();
    expect(reviewKeyAction({ key: "3", altKey: true }, revealed)).toBeNull();
  });
});

describe("review marks", () => {
  const marks = { flagged: false, suspended: false, buried: false };
  const ctx = {
    phase: "answering" as const,
    kind: "concept" as const,
    optionCount: 0,
    hasVerdict: false,
    busy: false,
    marks,
  };

  it("F, B and S toggle the flag, the burial and the suspension", () => {
    expect(reviewKeyAction({ key: "f" }, ctx)).toEqual({
      type: "mark",
      change: { kind: "flag", on: true },
    });
    expect(reviewKeyAction({ key: "F" }, { ...ctx, marks: { ...marks, flagged: true } })).toEqual({
      type: "mark",
      change: { kind: "flag", on: false },
    });
    expect(reviewKeyAction({ key: "b" }, ctx)).toEqual({
      type: "mark",
      change: { kind: "bury", on: true },
    });
    expect(reviewKeyAction({ key: "s" }, { ...ctx, phase: "revealed" })).toEqual({
      type: "mark",
      change: { kind: "suspend", on: true },
    });
  });

  it("leaves them to the text box while typing", () => {
    expect(reviewKeyAction({ key: "f", typing: true }, ctx)).toBeNull();
    expect(reviewKeyAction({ key: "f" }, { ...ctx, phase: "done" })).toBeNull();
  });
});
