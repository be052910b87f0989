// What the Progress and Home pages chart and plan.

import { commands, type Progress, type StatsRange, type StudyPlan } from "../bindings";
import { unwrap } from "./core";

/** Every chart series of the Progress page, for a range and an optional module. */
export function progress(range: StatsRange, module: string | null): Promise<Progress> {
  return unwrap(() => commands.progress(range, module));
}

/** Today's plan: reviews, the new questions chosen, and readiness on the interview date. */
export function studyPlan(): Promise<StudyPlan> {
  return unwrap(() => commands.studyPlan());
}
