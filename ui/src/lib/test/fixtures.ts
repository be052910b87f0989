// Builders for engine values and an IPC mock that records every command.

import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  IntervalPreview,
  ModuleSummary,
  QuestionDetail,
  QueueCounts,
  ReviewItem,
  SearchHit,
  Settings,
} from "$lib/bindings";

export function counts(overrides: Partial<QueueCounts> = {}): QueueCounts {
  return {
    due: 3,
    new: 2,
    learning: 0,
    reviewedToday: 0,
    newDoneToday: 0,
    streak: 1,
    ...overrides,
  };
}

export function questionDetail(overrides: Partial<QuestionDetail> = {}): QuestionDetail {
  return {
    id: "fund-walrus",
    moduleSlug: "fundamentals",
    moduleTitle: "Python Fundamentals",
    title: "What does the walrus operator do?",
    difficulty: "mid",
    kind: "concept",
    tags: ["syntax"],
    roles: ["Python Developer"],
    promptHtml: null,
    options: [],
    multipleAnswers: false,
    expectedOutput: null,
    answerHtml: "<p>It assigns inside an expression.</p>",
    keyPoints: ["Assignment expression", "Python 3.8", "Avoids repeating a call"],
    tipHtml: null,
    followUps: [],
    state: "new",
    dueInDays: null,
    reps: 0,
    lapses: 0,
    challenge: null,
    marks: { flagged: false, suspended: false, buried: false },
    note: null,
    noteHtml: null,
    ...overrides,
  };
}

export function outputQuestion(overrides: Partial<QuestionDetail> = {}): QuestionDetail {
  return questionDetail({
    id: "fund-print-output",
    title: "What does this print?",
    kind: "output",
    promptHtml: '<pre><code class="language-python">print(1 + 1)\nprint("a")</code></pre>',
    expectedOutput: "2\na",
    answerHtml: "<p>Integers add; then the string prints.</p>",
    ...overrides,
  });
}

export function choiceQuestion(overrides: Partial<QuestionDetail> = {}): QuestionDetail {
  return questionDetail({
    id: "ds-mutable",
    title: "Which of these types are mutable?",
    kind: "choice",
    options: [
      { html: "<code>tuple</code>", correct: false },
      { html: "<code>list</code>", correct: true },
      { html: "<code>dict</code>", correct: true },
      { html: "<code>str</code>", correct: false },
    ],
    multipleAnswers: true,
    ...overrides,
  });
}

export const INTERVALS: IntervalPreview[] = [
  { grade: "again", days: 0, label: "today" },
  { grade: "hard", days: 1, label: "1d" },
  { grade: "good", days: 3, label: "3d" },
  { grade: "easy", days: 8, label: "8d" },
];

export function reviewItem(question: QuestionDetail, queue: Partial<QueueCounts> = {}): ReviewItem {
  return { question, intervals: INTERVALS, counts: counts(queue) };
}

export function moduleSummary(overrides: Partial<ModuleSummary> = {}): ModuleSummary {
  return {
    slug: "fundamentals",
    order: 1,
    title: "Python Fundamentals",
    summary: "The language's core ideas.",
    planned: 40,
    questionCount: 40,
    studied: 10,
    mature: 4,
    due: 3,
    part: "handbook",
    ...overrides,
  };
}

export function searchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    questionId: "fund-walrus",
    moduleSlug: "fundamentals",
    moduleTitle: "Python Fundamentals",
    titleHtml: "What does the <mark>walrus</mark> operator do?",
    snippetHtml: "The <mark>walrus</mark> operator assigns inside an expression…",
    difficulty: "mid",
    kind: "concept",
    inNote: false,
    ...overrides,
  };
}

export const DEFAULT_SETTINGS: Settings = {
  theme: "system",
  newPerDay: 10,
  reviewsPerDay: 200,
  desiredRetention: 0.9,
  rolloverHour: 4,
  targetRole: null,
  interviewDate: null,
  pythonPath: null,
  alwaysUsePython: false,
  checkForUpdates: false,
  dailyMinutes: null,
  newQuestionsDaysEarly: 0,
  excludedModules: [],
};

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

type Handler = (args: Record<string, unknown>) => unknown;

/**
 * Mocks the IPC bridge: each command runs its handler; a handler that throws
 * an `{kind, message}` object makes the command fail like the real engine.
 * Returns the list of calls, in order.
 */
export function mockCommands(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (!handler) throw { kind: "internal", message: `unexpected command ${cmd}` };
    return handler(args);
  });
  return calls;
}

/** An engine error as the IPC bridge delivers it. */
export function ipcError(kind: string, message: string): { kind: string; message: string } {
  return { kind, message };
}
