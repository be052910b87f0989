// Builders for a question's schedule, as question_schedule returns it.

import type { CurvePoint, PastAnswer, QuestionSchedule } from "$lib/bindings";

export function pastAnswer(overrides: Partial<PastAnswer> = {}): PastAnswer {
  return {
    date: "2026-11-20",
    grade: "good",
    stateBefore: "review",
    intervalDays: 4,
    durationMs: 21_000,
    ...overrides,
  };
}

/** An FSRS-like curve: recall falls from 100% over `days`, 90% at `stability`. */
export function curve(stability: number, days: number, points = 12): CurvePoint[] {
  return Array.from({ length: points + 1 }, (_, i) => {
    const day = Math.round((days * i) / points);
    return { day, recall: Math.pow(1 + (19 / 81) * (day / stability), -0.5) };
  });
}

/** A question answered three times, with an interview 20 days out. */
export function questionSchedule(overrides: Partial<QuestionSchedule> = {}): QuestionSchedule {
  return {
    history: [
      pastAnswer({ date: "2026-11-10", grade: "again", stateBefore: "new", intervalDays: 0 }),
      pastAnswer({ date: "2026-11-10", grade: "good", stateBefore: "learning", intervalDays: 2 }),
      pastAnswer({ date: "2026-11-12", grade: "good", intervalDays: 9, durationMs: 64_000 }),
    ],
    state: "review",
    stability: 9.4,
    difficulty: 5.83,
    dueDate: "2026-11-21",
    recallNow: 0.87,
    interviewDate: "2026-12-24",
    recallOnInterview: 0.68,
    daysSinceLast: 12,
    daysToInterview: 42,
    curve: curve(9.4, 49),
    ...overrides,
  };
}

/** A question never answered. */
export function unansweredSchedule(overrides: Partial<QuestionSchedule> = {}): QuestionSchedule {
  return questionSchedule({
    history: [],
    state: "new",
    stability: null,
    difficulty: null,
    dueDate: null,
    recallNow: null,
    recallOnInterview: null,
    daysSinceLast: null,
    daysToInterview: null,
    curve: [],
    ...overrides,
  });
}
