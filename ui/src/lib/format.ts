// Small pure helpers that turn engine values into words for the screen.

import type { CardState, Difficulty, Grade, QuestionKind } from "./bindings";

export const DIFFICULTIES: readonly Difficulty[] = ["junior", "mid", "senior", "principal"];
export const KINDS: readonly QuestionKind[] = [
  "concept",
  "output",
  "choice",
  "design",
  "challenge",
];
export const GRADES: readonly Grade[] = ["again", "hard", "good", "easy"];

const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  junior: "Junior",
  mid: "Mid",
  senior: "Senior",
  principal: "Principal",
};

const KIND_LABELS: Record<QuestionKind, string> = {
  concept: "Concept",
  output: "Output",
  choice: "Choice",
  design: "Design",
  challenge: "Challenge",
};

const GRADE_LABELS: Record<Grade, string> = {
  again: "Again",
  hard: "Hard",
  good: "Good",
  easy: "Easy",
};

export function difficultyLabel(difficulty: Difficulty): string {
  return DIFFICULTY_LABELS[difficulty];
}

export function kindLabel(kind: QuestionKind): string {
  return KIND_LABELS[kind];
}

export function gradeLabel(grade: Grade): string {
  return GRADE_LABELS[grade];
}

/** "1 question", "3 questions". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** A whole percentage of `part` in `total`, 0 when there is no total. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(part, total) / total) * 100);
}

/** A file's size as people read it: whole KB up to a megabyte, then MB to one decimal. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A short duration: "0s", "42s", "3m 05s", "1h 20m". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  if (totalSeconds < 60) return `${totalSeconds}s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes < 60) {
    return `${totalMinutes}m ${String(totalSeconds % 60).padStart(2, "0")}s`;
  }
  const hours = Math.floor(totalMinutes / 60);
  return `${hours}h ${String(totalMinutes % 60).padStart(2, "0")}m`;
}

/** A number of days as a compact span: "3d", "5w", "2mo", "1.5y". */
export function formatDays(days: number): string {
  const abs = Math.abs(days);
  if (abs < 14) return `${abs}d`;
  if (abs < 60) return `${Math.round(abs / 7)}w`;
  if (abs < 365) return `${Math.round(abs / 30)}mo`;
  const years = Math.round((abs / 365) * 10) / 10;
  return `${years}y`;
}

export type ScheduleTone = "new" | "due" | "learning" | "later";

/** Where a question stands, in a few words: "New", "Due today", "Overdue 3d", "In 2w". */
export function scheduleLabel(
  state: CardState,
  dueInDays: number | null,
): { text: string; tone: ScheduleTone } {
  if (state === "new" || dueInDays === null) return { text: "New", tone: "new" };
  if (state === "learning" || state === "relearning") {
    return { text: state === "learning" ? "Learning" : "Relearning", tone: "learning" };
  }
  if (dueInDays < 0) return { text: `Overdue ${formatDays(dueInDays)}`, tone: "due" };
  if (dueInDays === 0) return { text: "Due today", tone: "due" };
  if (dueInDays === 1) return { text: "Tomorrow", tone: "later" };
  return { text: `In ${formatDays(dueInDays)}`, tone: "later" };
}

/** Each greeting and the hour it lasts until. */
const GREETINGS: [until: number, text: string][] = [
  [5, "Burning the midnight oil"],
  [12, "Good morning"],
  [18, "Good afternoon"],
  [24, "Good evening"],
];

const greetingEntry = (hour: number) =>
  GREETINGS.find(([until]) => hour < until) ?? GREETINGS[GREETINGS.length - 1];

/** A greeting for the hour of the day. */
export function greeting(hour: number): string {
  return greetingEntry(hour)[1];
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A local time read into its parts; `month` counts from 1. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  epochMs: number;
}

/**
 * Reads the engine's local time, "2026-12-06T17:35:12+01:00", or null when it
 * is not in that form. Home takes its date and greeting from it rather than
 * from `Date`'s local-time methods, whose time-zone data costs the window
 * about 1.4 MiB at start-up (scripts/bench/README.md).
 */
export function readWallClock(text: string): WallClock | null {
  const parts =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(
      text,
    );
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const offsetMinutes =
    (parts[7] === "-" ? -1 : 1) * (Number(parts[8] ?? 0) * 60 + Number(parts[9] ?? 0));
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { year, month, day, hour, minute, second, epochMs };
}

/** `date` in the computer's time zone, for when the engine's time is not at hand. */
export function localWallClock(date: Date): WallClock {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    epochMs: date.getTime(),
  };
}

/**
 * "Sunday, December 6": Home's date, in the app's English like the rest of its
 * words. Written out rather than asked of `Intl`, whose date data costs the
 * window about 1.5 MiB at start-up (scripts/bench/README.md).
 */
export function longDate(clock: WallClock): string {
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[clock.month - 1]} ${clock.day}`;
}

/** When the greeting (or, at midnight, the date) Home shows at `now` next changes, in ms since the epoch. */
export function greetingChangesAt(now: WallClock): number {
  const [until] = greetingEntry(now.hour);
  const secondsLeft = ((until - now.hour) * 60 - now.minute) * 60 - now.second;
  return now.epochMs + secondsLeft * 1000;
}

/** "Nov 21, 14:05" (with the year when it is not this year's). */
export function formatDateTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const options: Intl.DateTimeFormatOptions = {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  };
  if (date.getFullYear() !== now.getFullYear()) options.year = "numeric";
  return date.toLocaleString(undefined, options);
}
