// The review session's own record: what was answered, how, and how long it took.

import type { Grade } from "./bindings";

export interface SessionEntry {
  questionId: string;
  grade: Grade;
  durationMs: number;
  /** The verdict of a checked (output/choice) answer; null for self-graded questions. */
  correct: boolean | null;
}

export interface SessionSummary {
  reviewed: number;
  byGrade: Record<Grade, number>;
  totalMs: number;
  averageMs: number;
  /** Share of answers not graded "again", 0 to 1; null before any answer. */
  accuracy: number | null;
  /** Checked answers (output/choice) and how many of them were right. */
  checked: { total: number; correct: number };
}

/** The longest time one answer counts for: past it the user has likely walked away. */
export const MAX_ANSWER_MS = 60 * 60 * 1000;

/** Milliseconds between two clock readings, as a whole number the engine accepts. */
export function answerDuration(startedAt: number, now: number): number {
  const elapsed = Math.round(now - startedAt);
  if (!Number.isFinite(elapsed) || elapsed < 0) return 0;
  return Math.min(elapsed, MAX_ANSWER_MS);
}

export function summarize(entries: readonly SessionEntry[]): SessionSummary {
  const byGrade: Record<Grade, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  let totalMs = 0;
  let checkedTotal = 0;
  let checkedCorrect = 0;
  for (const entry of entries) {
    byGrade[entry.grade] += 1;
    totalMs += entry.durationMs;
    if (entry.correct !== null) {
      checkedTotal += 1;
      if (entry.correct) checkedCorrect += 1;
    }
  }
  const reviewed = entries.length;
  return {
    reviewed,
    byGrade,
    totalMs,
    averageMs: reviewed === 0 ? 0 : Math.round(totalMs / reviewed),
    accuracy: reviewed === 0 ? null : (reviewed - byGrade.again) / reviewed,
    checked: { total: checkedTotal, correct: checkedCorrect },
  };
}

/**
 * The entries after undoing the answer to `questionId`: the last entry goes
 * when it is that answer (the engine may also undo one from before this session).
 */
export function withoutLast(entries: readonly SessionEntry[], questionId: string): SessionEntry[] {
  const last = entries.at(-1);
  if (!last || last.questionId !== questionId) return [...entries];
  return entries.slice(0, -1);
}
