// Interview rounds: starting one, saving it while it is answered, scoring it,
// its results and the history.

import {
  commands,
  type Round,
  type RoundChange,
  type RoundConfig,
  type RoundPreset,
  type RoundResults,
  type RoundSummary,
  type RoundTick,
} from "../bindings";
import { unwrap } from "./core";

export function roundPresets(): Promise<RoundPreset[]> {
  return unwrap(() => commands.roundPresets());
}

/** Draws the questions and starts the clock; kind "invalid_input" when nothing fits. */
export function startRound(config: RoundConfig): Promise<Round> {
  return unwrap(() => commands.startRound(config));
}

export function round(id: number): Promise<Round> {
  return unwrap(() => commands.round(id));
}

/** The round still being answered (after a crash or a close), if any. */
export function activeRound(): Promise<number | null> {
  return unwrap(() => commands.activeRound());
}

/** Call when the round screen opens: the clock restarts from the time left. */
export function resumeRound(id: number): Promise<Round> {
  return unwrap(() => commands.resumeRound(id));
}

/** Saves one change (committed before this returns) and gives the clock. */
export function updateRound(id: number, change: RoundChange): Promise<RoundTick> {
  return unwrap(() => commands.updateRound(id, change));
}

/** Ends answering; the app scores output, choice and unanswered questions. */
export function finishRound(id: number): Promise<Round> {
  return unwrap(() => commands.finishRound(id));
}

/** Saves the key points covered by one answer; its score is the share ticked. */
export function scoreRoundQuestion(id: number, position: number, ticked: number[]): Promise<null> {
  return unwrap(() => commands.scoreRoundQuestion(id, position, ticked));
}

/** Saves how many tests a challenge's final code passed, once answering is over. */
export function recordRoundTests(
  id: number,
  position: number,
  passed: number,
  total: number,
): Promise<null> {
  return unwrap(() => commands.recordRoundTests(id, position, passed, total));
}

/** Records every score as a review and returns the results; every question must be scored. */
export function completeRound(id: number): Promise<RoundResults> {
  return unwrap(() => commands.completeRound(id));
}

export function roundResults(id: number): Promise<RoundResults> {
  return unwrap(() => commands.roundResults(id));
}

/** Every round, newest first. */
export function roundHistory(): Promise<RoundSummary[]> {
  return unwrap(() => commands.roundHistory());
}
