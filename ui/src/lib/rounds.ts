// Mock rounds: small pure helpers for the round screens, and the round
// screen's keyboard handling as a pure function (like keys.ts for review).

import type { Difficulty, QuestionKind, RoundQuestion, RoundStage } from "./bindings";
import type { KeyInput } from "./keys";
import { DIFFICULTIES, difficultyLabel } from "./format";

/** Scores below this come back as Again; below GOOD_SCORE as Hard (see the engine's scoring). */
export const HARD_SCORE = 0.4;
export const GOOD_SCORE = 0.7;

/** Concept and design answers are scored by ticking key points; the app scores the rest. */
export function isSelfScored(kind: QuestionKind): boolean {
  return kind === "concept" || kind === "design";
}

/** True for questions answered by typing (everything but choice). */
export function isTyped(kind: QuestionKind): boolean {
  return kind !== "choice";
}

/** "Junior–Mid", "Senior", or "Junior, Senior" when the levels are not next to each other. */
export function difficultyRange(difficulties: readonly Difficulty[]): string {
  const sorted = DIFFICULTIES.filter((d) => difficulties.includes(d));
  if (sorted.length === 0) return "Any level";
  if (sorted.length === 1) return difficultyLabel(sorted[0]);
  const first = DIFFICULTIES.indexOf(sorted[0]);
  const last = DIFFICULTIES.indexOf(sorted[sorted.length - 1]);
  if (last - first + 1 === sorted.length) {
    return `${difficultyLabel(sorted[0])}–${difficultyLabel(sorted[sorted.length - 1])}`;
  }
  return sorted.map(difficultyLabel).join(", ");
}

/** A 0–1 score as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

export type ScoreTone = "low" | "mid" | "high";

/** How a score reads: low (comes back as Again), mid (Hard), high (Good). */
export function scoreTone(score: number): ScoreTone {
  if (score < HARD_SCORE) return "low";
  if (score < GOOD_SCORE) return "mid";
  return "high";
}

/** The live score while ticking key points: the share of points covered. */
export function liveScore(ticked: readonly number[], points: number): number {
  if (points <= 0) return 0;
  return new Set(ticked.filter((index) => index >= 0 && index < points)).size / points;
}

/** Change in percentage points from the last earlier round, or null for a first round. */
export function scoreDelta(score: number, previous: readonly { score: number }[]): number | null {
  const last = previous.at(-1);
  if (!last) return null;
  return scorePercent(score) - scorePercent(last.score);
}

const STAGE_LABELS: Record<RoundStage, string> = {
  answering: "In progress",
  scoring: "To score",
  done: "Done",
};

export function stageLabel(stage: RoundStage): string {
  return STAGE_LABELS[stage];
}

/** Where a round opens: its results, its scoring page, or the round itself. */
export function roundHref(id: number, stage: RoundStage): string {
  if (stage === "done") return `/rounds/${id}/results`;
  if (stage === "scoring") return `/rounds/${id}/score`;
  return `/rounds/${id}`;
}

export interface RoundCounts {
  answered: number;
  skipped: number;
  unanswered: number;
  flagged: number;
}

export function countStatuses(
  questions: readonly Pick<RoundQuestion, "status" | "flagged">[],
): RoundCounts {
  const counts: RoundCounts = { answered: 0, skipped: 0, unanswered: 0, flagged: 0 };
  for (const question of questions) {
    counts[question.status] += 1;
    if (question.flagged) counts.flagged += 1;
  }
  return counts;
}

/** How the app scored a question the user does not tick: right, wrong, skipped or not answered. */
export function appVerdict(
  question: RoundQuestion,
): "right" | "wrong" | "skipped" | "not answered" {
  if (question.status === "skipped") return "skipped";
  if (question.status === "unanswered") return "not answered";
  return question.correct || (question.score ?? 0) >= 1 ? "right" : "wrong";
}

/** True when the user ticks key points for this answer (a challenge's are ticked too). */
export function needsTicks(question: RoundQuestion): boolean {
  const kind = question.question.kind;
  return question.status === "answered" && (isSelfScored(kind) || kind === "challenge");
}

export type AnswerSegment = { type: "text"; text: string } | { type: "code"; text: string };

/**
 * A typed answer split into plain text and ``` fenced code blocks, so code
 * shows in monospace. An unclosed fence runs to the end.
 */
export function answerSegments(answer: string): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  const lines = answer.replace(/\r\n?/g, "\n").split("\n");
  let buffer: string[] = [];
  let inCode = false;
  const push = () => {
    const text = buffer.join("\n");
    if (inCode) segments.push({ type: "code", text });
    else if (text.trim() !== "")
      segments.push({ type: "text", text: text.replace(/^\n+|\n+$/g, "") });
    buffer = [];
  };
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      push();
      inCode = !inCode;
    } else {
      buffer.push(line);
    }
  }
  push();
  return segments;
}

// ---------- Keyboard ----------

export interface RoundKeyContext {
  kind: QuestionKind | null;
  optionCount: number;
  /** True when options can no longer be changed (practice mode, answer shown). */
  locked: boolean;
  /** True while the round is ending or a dialog is open: every key is ignored. */
  busy: boolean;
}

export type RoundAction =
  | { type: "next" }
  | { type: "previous" }
  | { type: "skip" }
  | { type: "flag" }
  | { type: "focusInput" }
  | { type: "toggle"; index: number };

/** The action a key press asks for on the round screen, or null to let it through. */
export function roundKeyAction(input: KeyInput, ctx: RoundKeyContext): RoundAction | null {
  if (ctx.busy || input.repeat) return null;
  const command = Boolean(input.ctrlKey || input.metaKey);
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;

  // These work even while typing: the answer box never traps the user.
  if (command && !input.altKey) {
    if (key === "Enter") return { type: "next" };
    if (key === "s") return { type: "skip" };
    if (key === "f") return { type: "flag" };
    return null;
  }
  if (input.altKey && !command) {
    if (key === "ArrowRight") return { type: "next" };
    if (key === "ArrowLeft") return { type: "previous" };
    return null;
  }
  if (input.typing || command || input.altKey) return null;

  if (key === "Enter" && ctx.kind !== null && isTyped(ctx.kind)) return { type: "focusInput" };
  if (ctx.kind === "choice" && !ctx.locked) {
    const index = key.length === 1 && key >= "1" && key <= "9" ? Number(key) - 1 : -1;
    if (index >= 0 && index < Math.min(ctx.optionCount, 6)) return { type: "toggle", index };
  }
  return null;
}

/** The options picked after toggling `index`: one option, or several when `multiple`. */
export function toggledSelection(
  current: readonly number[],
  index: number,
  multiple: boolean,
): number[] {
  if (!multiple) return [index];
  return current.includes(index)
    ? current.filter((i) => i !== index)
    : [...current, index].sort((a, b) => a - b);
}
