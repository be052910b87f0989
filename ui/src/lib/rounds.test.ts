import { describe, expect, it } from "vitest";
import {
  answerSegments,
  appVerdict,
  countStatuses,
  difficultyRange,
  liveScore,
  roundHref,
  roundKeyAction,
  scoreDelta,
  scorePercent,
  scoreTone,
  type RoundKeyContext,
} from "./rounds";
import { outputQuestion, questionDetail } from "./test/fixtures";
import { roundQuestion } from "./test/rounds";

const concept: RoundKeyContext = { kind: "concept", optionCount: 0, locked: false, busy: false };
const choice: RoundKeyContext = { ...concept, kind: "choice", optionCount: 4 };

describe("roundKeyAction", () => {
  it("moves with Ctrl+Enter and Alt+arrows, even while typing", () => {
    for (const typing of [false, true]) {
      expect(roundKeyAction({ key: "Enter", ctrlKey: true, typing }, concept)).toEqual({
        type: "next",
      });
      expect(roundKeyAction({ key: "Enter", metaKey: true, typing }, concept)).toEqual({
        type: "next",
      });
      expect(roundKeyAction({ key: "ArrowRight", altKey: true, typing }, concept)).toEqual({
        type: "next",
      });
      expect(roundKeyAction({ key: "ArrowLeft", altKey: true, typing }, concept)).toEqual({
        type: "previous",
      });
    }
  });

  it("skips with Ctrl+S and flags with Ctrl+F", () => {
    expect(roundKeyAction({ key: "s", ctrlKey: true, typing: true }, concept)).toEqual({
      type: "skip",
    });
    expect(roundKeyAction({ key: "F", ctrlKey: true }, concept)).toEqual({ type: "flag" });
    expect(roundKeyAction({ key: "s" }, concept)).toBeNull();
    expect(roundKeyAction({ key: "k", ctrlKey: true }, concept)).toBeNull();
  });

  it("picks choice options with 1 to 6 only when not typing", () => {
    expect(roundKeyAction({ key: "1" }, choice)).toEqual({ type: "toggle", index: 0 });
    expect(roundKeyAction({ key: "4" }, choice)).toEqual({ type: "toggle", index: 3 });
    expect(roundKeyAction({ key: "5" }, choice)).toBeNull();
    expect(roundKeyAction({ key: "7" }, { ...choice, optionCount: 8 })).toBeNull();
    expect(roundKeyAction({ key: "1", typing: true }, choice)).toBeNull();
    expect(roundKeyAction({ key: "1" }, { ...choice, locked: true })).toBeNull();
    expect(roundKeyAction({ key: "1" }, concept)).toBeNull();
  });

  it("starts typing with Enter on typed questions", () => {
    expect(roundKeyAction({ key: "Enter" }, concept)).toEqual({ type: "focusInput" });
    expect(roundKeyAction({ key: "Enter" }, { ...concept, kind: "output" })).toEqual({
      type: "focusInput",
    });
    expect(roundKeyAction({ key: "Enter" }, choice)).toBeNull();
    expect(roundKeyAction({ key: "Enter", typing: true }, concept)).toBeNull();
  });

  it("ignores everything while busy, and held-down keys", () => {
    expect(roundKeyAction({ key: "Enter", ctrlKey: true }, { ...concept, busy: true })).toBeNull();
    expect(roundKeyAction({ key: "ArrowRight", altKey: true, repeat: true }, concept)).toBeNull();
  });
});

describe("round helpers", () => {
  it("describes a preset's levels", () => {
    expect(difficultyRange(["mid", "junior"])).toBe("Junior–Mid");
    expect(difficultyRange(["senior"])).toBe("Senior");
    expect(difficultyRange(["junior", "mid", "senior", "principal"])).toBe("Junior–Principal");
    expect(difficultyRange(["junior", "senior"])).toBe("Junior, Senior");
  });

  it("scores ticked key points as a share, ignoring duplicates and strays", () => {
    expect(liveScore([0, 2], 3)).toBeCloseTo(2 / 3);
    expect(liveScore([0, 0, 7], 4)).toBe(0.25);
    expect(liveScore([], 0)).toBe(0);
    expect(scorePercent(2 / 3)).toBe(67);
    expect([scoreTone(0.39), scoreTone(0.4), scoreTone(0.7)]).toEqual(["low", "mid", "high"]);
  });

  it("compares with the last earlier round only", () => {
    expect(scoreDelta(0.67, [])).toBeNull();
    expect(scoreDelta(0.67, [{ score: 0.9 }, { score: 0.5 }])).toBe(17);
    expect(scoreDelta(0.4, [{ score: 0.5 }])).toBe(-10);
  });

  it("opens a round where it stands", () => {
    expect(roundHref(3, "answering")).toBe("/rounds/3");
    expect(roundHref(3, "scoring")).toBe("/rounds/3/score");
    expect(roundHref(3, "done")).toBe("/rounds/3/results");
  });

  it("counts statuses and flags", () => {
    const q = questionDetail();
    expect(
      countStatuses([
        roundQuestion(0, q, { status: "answered", flagged: true }),
        roundQuestion(1, q, { status: "skipped" }),
        roundQuestion(2, q),
      ]),
    ).toEqual({ answered: 1, skipped: 1, unanswered: 1, flagged: 1 });
  });

  it("words the app's verdict", () => {
    const output = outputQuestion();
    expect(appVerdict(roundQuestion(0, output, { status: "answered", correct: true }))).toBe(
      "right",
    );
    expect(appVerdict(roundQuestion(0, output, { status: "answered", correct: false }))).toBe(
      "wrong",
    );
    expect(appVerdict(roundQuestion(0, output, { status: "skipped" }))).toBe("skipped");
    expect(appVerdict(roundQuestion(0, output))).toBe("not answered");
  });

  it("splits a typed answer into text and fenced code", () => {
    expect(
      answerSegments("Use a generator:\n```python\ndef f():\n    yield 1\n```\nDone."),
    ).toEqual([
      { type: "text", text: "Use a generator:" },
      { type: "code", text: "def f():\n    yield 1" },
      { type: "text", text: "Done." },
    ]);
    expect(answerSegments("```\nunclosed")).toEqual([{ type: "code", text: "unclosed" }]);
    expect(answerSegments("   ")).toEqual([]);
  });
});
