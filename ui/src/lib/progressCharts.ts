// Labels and shapes for the Progress page's charts. The engine computes every
// number; this only turns day offsets into dates and rows into chart series.

import type { RetentionPeriod, RetentionRow, RoundPoint } from "./api";

const DAY_MS = 86_400_000;

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** A `YYYY-MM-DD` date, `offsetDays` later, in the user's locale; never shifted by the time zone. */
export function calendarDate(
  isoDate: string,
  options: Intl.DateTimeFormatOptions,
  offsetDays = 0,
): string {
  const date = new Date(utcDate(isoDate).getTime() + offsetDays * DAY_MS);
  return date.toLocaleDateString(undefined, { ...options, timeZone: "UTC" });
}

/** "Mar 2", or "Mar 2026" when each bin is a month. */
export function dayLabel(isoDate: string, offsetDays: number, monthly = false): string {
  const parts: Intl.DateTimeFormatOptions = monthly ? { year: "numeric" } : { day: "numeric" };
  return calendarDate(isoDate, { month: "short", ...parts }, offsetDays);
}

/** One label per bin of `binDays` days from `startDate`. */
export function binLabels(startDate: string, binDays: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => dayLabel(startDate, i * binDays, binDays >= 28));
}

/** "Today", then dates, for the forecast. */
export function forecastLabels(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => (i === 0 ? "Today" : dayLabel(today, i)));
}

const PERIOD_LABELS: Record<RetentionPeriod, string> = {
  today: "Today",
  week: "Past week",
  month: "Past month",
  year: "Past year",
  all: "All time",
};

export function periodLabel(period: RetentionPeriod): string {
  return PERIOD_LABELS[period];
}

/** "92% (46/50)", or "—" with no reviews. */
export function passRate(passed: number, reviews: number): string {
  if (reviews === 0) return "—";
  return `${Math.round((passed / reviews) * 100)}% (${passed}/${reviews})`;
}

export function retentionCells(row: RetentionRow): {
  young: string;
  mature: string;
  total: string;
} {
  return {
    young: passRate(row.youngPassed, row.youngReviews),
    mature: passRate(row.maturePassed, row.matureReviews),
    total: passRate(row.youngPassed + row.maturePassed, row.youngReviews + row.matureReviews),
  };
}

/** Scores per preset (as percentages) over the rounds in date order; null where another preset's round sits. */
export function roundScoreSeries(
  rounds: RoundPoint[],
): { name: string; values: (number | null)[] }[] {
  const names = [...new Set(rounds.map((r) => r.preset ?? "Custom"))];
  return names.map((name) => ({
    name,
    values: rounds.map((r) => ((r.preset ?? "Custom") === name ? Math.round(r.score * 100) : null)),
  }));
}

export function roundLabels(rounds: RoundPoint[]): string[] {
  return rounds.map((r) =>
    new Date(r.startedAt).toLocaleDateString(undefined, { month: "short", day: "numeric" }),
  );
}
