// Coding challenges: drafts, submitted attempts, and running code on the user's CPython.

import {
  commands,
  type Attempt,
  type AttemptInput,
  type ChallengeWork,
  type DraftPlace,
  type Grade,
  type PythonStatus,
  type ReviewItem,
  type ReviewScope,
  type RunOutcome,
  type RunRequest,
} from "../bindings";
import { unwrap } from "./core";

/** The draft and the submitted attempts of a challenge. */
export function challengeWork(questionId: string, place: DraftPlace): Promise<ChallengeWork> {
  return unwrap(() => commands.challengeWork(questionId, place));
}

/** Saves the code typed so far (committed before this returns). */
export function saveDraft(questionId: string, place: DraftPlace, code: string): Promise<null> {
  return unwrap(() => commands.saveDraft(questionId, place, code));
}

/** Records a submit; the attempt carries the grade it suggests. */
export function submitAttempt(
  questionId: string,
  place: DraftPlace,
  attempt: AttemptInput,
): Promise<Attempt> {
  return unwrap(() => commands.submitAttempt(questionId, place, attempt));
}

/** Records the grade with the attempt and returns the next question to review. */
export function gradeAttempt(
  attemptId: number,
  grade: Grade,
  scope: ReviewScope = "today",
): Promise<ReviewItem | null> {
  return unwrap(() => commands.gradeAttempt(attemptId, grade, scope));
}

/** The CPython that runs what WebAssembly cannot: found, chosen, or what to install. */
export function pythonStatus(): Promise<PythonStatus> {
  return unwrap(() => commands.pythonStatus());
}

/** Runs code on the user's CPython; kind "runner" when there is none to run on. */
export function runPython(request: RunRequest, timeLimitMs: number): Promise<RunOutcome> {
  return unwrap(() => commands.runPython(request, timeLimitMs));
}
