// Builders for mock-round values, on top of the question builders.

import type {
  QuestionDetail,
  Round,
  RoundPreset,
  RoundQuestion,
  RoundResults,
  RoundSummary,
  RoundTick,
} from "$lib/bindings";
import { choiceQuestion, outputQuestion, questionDetail } from "./fixtures";

export function roundQuestion(
  position: number,
  question: QuestionDetail,
  overrides: Partial<RoundQuestion> = {},
): RoundQuestion {
  return {
    position,
    question,
    status: "unanswered",
    flagged: false,
    answerText: "",
    selected: [],
    timeMs: 0,
    correct: null,
    ticked: null,
    score: null,
    testsPassed: null,
    testsTotal: null,
    ...overrides,
  };
}

/** A three-question round: concept, output, choice. */
export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 7,
    title: "Python Developer round",
    preset: "Python Developer",
    mode: "interview",
    hideDifficulty: false,
    stage: "answering",
    timeLimitMs: 30 * 60_000,
    timeLeftMs: 25 * 60_000,
    current: 0,
    startedAt: "2025-11-21T10:00:00+00:00",
    questions: [
      roundQuestion(0, questionDetail({ id: "fund-walrus" })),
      roundQuestion(1, outputQuestion()),
      roundQuestion(2, choiceQuestion()),
    ],
    ...overrides,
  };
}

export function tick(overrides: Partial<RoundTick> = {}): RoundTick {
  return { timeLeftMs: 20 * 60_000, stage: "answering", correct: null, ...overrides };
}

export function roundPreset(overrides: Partial<RoundPreset> = {}): RoundPreset {
  return {
    role: "Python Developer",
    questions: 10,
    minutes: 30,
    difficulties: ["junior", "mid"],
    kinds: [],
    isRole: true,
    modules: [
      { slug: "01-fundamentals", title: "Python Fundamentals", weight: 3 },
      { slug: "02-data-structures", title: "Data Structures", weight: 3 },
      { slug: "03-oop", title: "OOP Concepts", weight: 2 },
      { slug: "04-functions", title: "Functions", weight: 2 },
    ],
    available: 120,
    ...overrides,
  };
}

export function roundSummary(overrides: Partial<RoundSummary> = {}): RoundSummary {
  return {
    id: 7,
    title: "Python Developer round",
    preset: "Python Developer",
    mode: "interview",
    stage: "done",
    startedAt: "2025-11-21T10:00:00+00:00",
    questions: 10,
    answered: 8,
    score: 0.67,
    timeUsedMs: 22 * 60_000 + 5_000,
    ...overrides,
  };
}

export function roundResults(overrides: Partial<RoundResults> = {}): RoundResults {
  return {
    summary: roundSummary(),
    byModule: [
      { label: "Python Fundamentals", questions: 6, score: 0.8 },
      { label: "Data Structures", questions: 4, score: 0.475 },
    ],
    byDifficulty: [
      { label: "junior", questions: 5, score: 0.9 },
      { label: "mid", questions: 5, score: 0.44 },
    ],
    revisit: [
      { questionId: "fund-walrus", title: "What does the walrus operator do?", score: 0.33 },
    ],
    previous: [],
    ...overrides,
  };
}
