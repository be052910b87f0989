// Studying ahead: how far, whether answers count, and its keys (the review's,
// less undo and marks).

import type { QuestionKind } from "./bindings";
import { reviewKeyAction, type KeyInput, type ReviewAction, type ReviewKeyContext } from "./keys";

/** Answers count as reviews (recorded with the days really elapsed), or are practice. */
export type AheadMode = "review" | "practice";

export const AHEAD_DEFAULT_DAYS = 7;
export const AHEAD_MAX_DAYS = 30;

export const AHEAD_MODES: { value: AheadMode; title: string; text: string }[] = [
  {
    value: "review",
    title: "Counts as review",
    text: "Each answer is recorded with the days really elapsed, so the scheduler sees an early review and spaces the question out from today.",
  },
  {
    value: "practice",
    title: "Practice only — nothing is recorded",
    text: "Go through the questions without touching your schedule, history or statistics.",
  },
];

/** A whole number of days between 1 and 30; anything else falls back to the nearest. */
export function aheadDays(value: number): number {
  if (!Number.isFinite(value)) return AHEAD_DEFAULT_DAYS;
  return Math.min(Math.max(Math.round(value), 1), AHEAD_MAX_DAYS);
}

/**
 * The action of a key press while studying ahead. A challenge is answered
 * aloud like a concept question (Space shows the solution); there is no undo
 * and no flag, bury or suspend keys.
 */
export function aheadKeyAction(
  input: KeyInput,
  ctx: Omit<ReviewKeyContext, "kind" | "marks"> & { kind: QuestionKind | null },
): ReviewAction | null {
  const kind = ctx.kind === "challenge" ? "concept" : ctx.kind;
  const action = reviewKeyAction(input, { ...ctx, kind, marks: null });
  if (!action || action.type === "undo" || action.type === "mark") return null;
  return action;
}
