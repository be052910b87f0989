// Words and numbers for a question's schedule: its history table, its memory
// figures and its forgetting curve.

import type { CardState, CurvePoint } from "./bindings";
import { formatDays, plural } from "./format";

const STATE_LABELS: Record<CardState, string> = {
  new: "New",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

export function stateLabel(state: CardState): string {
  return STATE_LABELS[state];
}

/** A recall probability as a whole percentage: "87%". */
export function recallText(recall: number): string {
  return `${Math.round(Math.min(Math.max(recall, 0), 1) * 100)}%`;
}

/** Stability in days, one decimal below 10: "0.4 days", "3.2 days", "41 days". */
export function stabilityText(days: number): string {
  const shown = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${shown} ${shown === 1 ? "day" : "days"}`;
}

/** FSRS difficulty, 1 to 10: "5.2 / 10". */
export function difficultyText(difficulty: number): string {
  return `${(Math.round(difficulty * 10) / 10).toFixed(1)} / 10`;
}

/** The interval an answer gave: "Same day", "1 day", "3w". */
export function intervalText(days: number): string {
  if (days <= 0) return "Same day";
  return days < 14 ? plural(days, "day") : formatDays(days);
}

/**
 * Days from today to the due date: the last answer's date plus the days since
 * it is today (dates are study days, "YYYY-MM-DD").
 */
export function daysUntilDue(
  dueDate: string,
  lastDate: string,
  daysSinceLast: number,
): number | null {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const last = Date.parse(`${lastDate}T00:00:00Z`);
  if (Number.isNaN(due) || Number.isNaN(last)) return null;
  return Math.round((due - last) / 86_400_000) - daysSinceLast;
}

/** "today", "tomorrow", "in 8 days", "3 days overdue". */
export function dueText(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return days > 0 ? `in ${plural(days, "day")}` : `${plural(-days, "day")} overdue`;
}

/** The predicted recall `day` days after the last answer, between the curve's points. */
export function recallOnDay(curve: readonly CurvePoint[], day: number): number | null {
  if (curve.length === 0) return null;
  if (day <= curve[0].day) return curve[0].recall;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1];
    const b = curve[i];
    if (day <= b.day) {
      if (b.day === a.day) return b.recall;
      return a.recall + ((b.recall - a.recall) * (day - a.day)) / (b.day - a.day);
    }
  }
  return curve[curve.length - 1].recall;
}

/** SVG path data for the curve, and the area under it, in a box of the given scales. */
export function curvePaths(
  curve: readonly CurvePoint[],
  x: (day: number) => number,
  y: (recall: number) => number,
): { line: string; area: string } {
  if (curve.length === 0) return { line: "", area: "" };
  const points = curve.map((p) => `${x(p.day).toFixed(1)},${y(p.recall).toFixed(1)}`);
  const line = `M${points.join("L")}`;
  const first = curve[0].day;
  const last = curve[curve.length - 1].day;
  const base = y(0).toFixed(1);
  const area = `${line}L${x(last).toFixed(1)},${base}L${x(first).toFixed(1)},${base}Z`;
  return { line, area };
}
