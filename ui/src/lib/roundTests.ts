// A round's challenges are scored by the share of their tests the final code
// passes: the scoring page runs them once answering is over and records the counts.

import * as api from "./api";
import type { RoundQuestion } from "./api";
import { app } from "./app.svelte";
import { runChallenge, runtimeFor } from "./runner/challenge";
import { toRunView, type RunView } from "./runner/results";

export interface ChallengeTests {
  running: boolean;
  /** The run's results, when they ran on this screen (not when only the counts were stored). */
  view: RunView | null;
  passed: number | null;
  total: number | null;
}

/** A challenge answered in the round, whose tests decide its score. */
export function isTestedChallenge(question: RoundQuestion): boolean {
  return question.question.kind === "challenge" && question.status === "answered";
}

/** What is already known: the counts recorded earlier, or nothing yet. */
export function storedTests(question: RoundQuestion): ChallengeTests | null {
  if (question.testsTotal === null) return null;
  return { running: false, view: null, passed: question.testsPassed, total: question.testsTotal };
}

/** Runs every test of the final code and records the counts; a run that ends early counts what finished. */
export async function runAndRecord(
  roundId: number,
  question: RoundQuestion,
): Promise<ChallengeTests> {
  const challenge = question.question.challenge;
  if (!challenge) throw new Error("not a challenge");
  const runtime = runtimeFor(challenge, app.alwaysUsePython);
  const view = toRunView(await runChallenge(challenge, question.answerText, true, runtime));
  const passed = view.passed ?? 0;
  const total = view.total ?? 0;
  await api.recordRoundTests(roundId, question.position, passed, total);
  question.testsPassed = passed;
  question.testsTotal = total;
  return { running: false, view, passed, total };
}

/** A challenge's score: the share of its tests passed (0 until they ran). */
export function testsShare(question: RoundQuestion): number {
  const total = question.testsTotal ?? 0;
  return total > 0 ? (question.testsPassed ?? 0) / total : 0;
}
