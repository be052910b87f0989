// The scheduler's own state: a question's history and curve, the fitted
// parameters, the plan simulation, and studying ahead.

import { isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import {
  commands,
  type Grade,
  type OptimizerStatus,
  type PlanOptions,
  type QuestionSchedule,
  type ReviewItem,
  type Settings,
  type Simulation,
} from "../bindings";
import { unwrap } from "./core";

export function questionSchedule(id: string): Promise<QuestionSchedule> {
  return unwrap(() => commands.questionSchedule(id));
}

export function optimizerStatus(): Promise<OptimizerStatus> {
  return unwrap(() => commands.optimizerStatus());
}

/** Fits the parameters to the review log now (seconds on a long history). */
export function optimizeNow(): Promise<OptimizerStatus> {
  return unwrap(() => commands.optimizeNow());
}

export function useDefaultParameters(): Promise<OptimizerStatus> {
  return unwrap(() => commands.useDefaultParameters());
}

/** Calls `listener` when a fit in the background changes the status; returns the unsubscribe. */
export function onParametersUpdated(listener: (status: OptimizerStatus) => void): () => void {
  if (!isTauri()) return () => {};
  const stop = listen<OptimizerStatus>("parameters-updated", (event) => listener(event.payload));
  return () => void stop.then((unlisten) => unlisten());
}

/** The days until the interview under `settings` (not saved); null without a date. */
export function simulatePlan(settings: Settings): Promise<Simulation | null> {
  return unwrap(() => commands.simulatePlan(settings));
}

/** What would help the plan under `settings` (not saved) fit: finishing early, leaving modules out. */
export function planOptions(settings: Settings): Promise<PlanOptions> {
  return unwrap(() => commands.planOptions(settings));
}

/** The next question to study ahead within `days`, skipping those already shown. */
export function nextAhead(days: number, seen: string[]): Promise<ReviewItem | null> {
  return unwrap(() => commands.nextAhead(days, seen));
}

/** An answer while studying ahead: a review when `record`, else practice (nothing saved). */
export function answerAhead(
  id: string,
  grade: Grade,
  durationMs: number,
  record: boolean,
): Promise<null> {
  return unwrap(() => commands.answerAhead(id, grade, durationMs, record));
}
