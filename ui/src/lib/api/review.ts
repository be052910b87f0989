// The review queue: the next question, checking an answer, grading it, undoing.

import {
  commands,
  type Grade,
  type QueueCounts,
  type ReviewItem,
  type ReviewScope,
  type UserAnswer,
  type Verdict,
} from "../bindings";
import { unwrap } from "./core";

export function queueCounts(): Promise<QueueCounts> {
  return unwrap(() => commands.queueCounts());
}

export function nextReview(scope: ReviewScope = "today"): Promise<ReviewItem | null> {
  return unwrap(() => commands.nextReview(scope));
}

export function checkAnswer(questionId: string, response: UserAnswer): Promise<Verdict> {
  return unwrap(() => commands.checkAnswer(questionId, response));
}

/** Commits the answer and returns the next question, or null when the session is done. */
export function answer(
  questionId: string,
  grade: Grade,
  durationMs: number,
  scope: ReviewScope = "today",
): Promise<ReviewItem | null> {
  return unwrap(() => commands.answer(questionId, grade, durationMs, scope));
}

/** Undoes today's last answer and returns its question; kind "nothing_to_undo" if none. */
export function undo(): Promise<ReviewItem> {
  return unwrap(() => commands.undo());
}
