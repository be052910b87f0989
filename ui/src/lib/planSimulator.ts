// The plan simulator's arithmetic: the daily load as chart series, what does
// not fit, and the settings that would make it fit. The engine simulates;
// this only reads its days and proposes changes to the form's fields.

import type { ModuleName, PlanOptions, Settings, Simulation } from "./bindings";
import { plural } from "./format";
import { dayLabel } from "./progressCharts";
import type { SettingsField } from "./settings";

export type LoadUnit = "minutes" | "answers";

/** A change the form can make: a number field's new value, or modules to leave out. */
export type PlanChoice =
  | {
      key: "budget" | "reviews" | "early" | "retention";
      field: SettingsField;
      value: number;
      label: string;
    }
  | { key: "leave-out"; modules: ModuleName[]; label: string };

/** Settings with no limit on time or reviews: what the plan needs when nothing holds it back. */
export function unlimited(settings: Settings): Settings {
  return { ...settings, dailyMinutes: null, reviewsPerDay: 9999 };
}

/** Answers due that did not fit in their day, and on how many days. */
export function overflow(simulation: Simulation): { answers: number; days: number } {
  const over = simulation.days.filter((day) => day.leftOver > 0);
  return { answers: over.reduce((sum, day) => sum + day.leftOver, 0), days: over.length };
}

/** Whether the plan leaves questions unseen or due answers undone. */
export function fallsShort(simulation: Simulation): boolean {
  return simulation.unseenOnDay > 0 || overflow(simulation).answers > 0;
}

/** "Today", then "Mar 3", one per simulated day. */
export function loadLabels(simulation: Simulation): string[] {
  return simulation.days.map((day, i) => (i === 0 ? "Today" : dayLabel(day.date, 0)));
}

/** The daily load, stacked: reviews and new questions (and, in answers, any left over). */
export function loadSeries(
  simulation: Simulation,
  unit: LoadUnit,
): { name: string; color: string; values: number[] }[] {
  const days = simulation.days;
  if (unit === "answers") {
    const series = [
      { name: "Reviews", color: "var(--chart-1)", values: days.map((d) => d.reviews) },
      { name: "New", color: "var(--chart-2)", values: days.map((d) => d.new) },
    ];
    if (overflow(simulation).answers === 0) return series;
    return [
      ...series,
      { name: "Left over", color: "var(--danger)", values: days.map((d) => d.leftOver) },
    ];
  }
  const share = (part: number, minutes: number, total: number) =>
    total === 0 ? 0 : Math.round(((minutes * part) / total) * 10) / 10;
  return [
    {
      name: "Reviews",
      color: "var(--chart-1)",
      values: days.map((d) => share(d.reviews, d.minutes, d.reviews + d.new)),
    },
    {
      name: "New",
      color: "var(--chart-2)",
      values: days.map((d) => share(d.new, d.minutes, d.reviews + d.new)),
    },
  ];
}

const roundUp = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;

/**
 * For a plan that falls short, the settings changes that would let more of it fit: a larger time
 * budget (enough for the busiest day of the unlimited plan, at most 600
 * minutes), a higher review limit when it is what stops a day, finishing new
 * questions earlier, a lower desired retention (fewer reviews), and last, as
 * it lists its modules, leaving modules out. The engine found how early and
 * which modules (`options`); `needed` is the plan without limits.
 */
export function planChoices(
  settings: Settings,
  simulation: Simulation,
  needed: Simulation | null,
  options: PlanOptions | null = null,
): PlanChoice[] {
  const choices: PlanChoice[] = [];
  const budget = settings.dailyMinutes;
  if (budget !== null) {
    const target = Math.min(600, roundUp(needed ? needed.peakMinutes : budget + 15, 5));
    if (target > budget) {
      choices.push({
        key: "budget",
        field: "dailyMinutes",
        value: target,
        label: `Study ${target} minutes a day`,
      });
    }
  }
  const limitHit = simulation.days.some(
    (day) => day.leftOver > 0 && day.reviews >= settings.reviewsPerDay,
  );
  const mostReviews = Math.max(0, ...(needed?.days ?? []).map((day) => day.reviews));
  if (limitHit && mostReviews > settings.reviewsPerDay) {
    const target = Math.min(9999, roundUp(mostReviews, 10));
    choices.push({
      key: "reviews",
      field: "reviewsPerDay",
      value: target,
      label: `Allow ${target} reviews a day`,
    });
  }
  if (options?.daysEarly) {
    choices.push({
      key: "early",
      field: "newQuestionsDaysEarly",
      value: options.daysEarly,
      label: `Finish new questions ${plural(options.daysEarly, "day")} early`,
    });
  }
  if (settings.desiredRetention > 0.7 + 1e-9) {
    const target = Math.max(0.7, Math.round((settings.desiredRetention - 0.05) * 100) / 100);
    choices.push({
      key: "retention",
      field: "desiredRetention",
      value: target,
      label: `Aim for ${Math.round(target * 100)}% retention`,
    });
  }
  if (options && options.leaveOut.length > 0) {
    choices.push({
      key: "leave-out",
      modules: options.leaveOut,
      label: `Leave out ${plural(options.leaveOut.length, "module")}`,
    });
  }
  return choices;
}

/** The settings with a choice applied. */
export function applyChoice(settings: Settings, choice: PlanChoice): Settings {
  if (choice.key === "leave-out") {
    const slugs = choice.modules.map((module) => module.slug);
    return { ...settings, excludedModules: [...settings.excludedModules, ...slugs] };
  }
  return { ...settings, [choice.field]: choice.value };
}

/** A share as a whole percentage: 0.834 → "83%". */
export function share(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Minutes with at most one decimal, "12" or "7.5". */
export function formatMinutes(minutes: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: minutes < 10 ? 1 : 0 }).format(
    minutes,
  );
}

/** What a plan comes to, in a few words: "84% ready · every question seen · no day over". */
export function outcomeText(simulation: Simulation): string {
  const left = overflow(simulation).answers;
  return [
    `${share(simulation.readiness)} ready`,
    simulation.unseenOnDay === 0 ? "every question seen" : `${simulation.unseenOnDay} unseen`,
    left === 0 ? "no day over" : `${left} reviews left over`,
  ].join(" · ");
}
