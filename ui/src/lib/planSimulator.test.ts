import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "$lib/test/fixtures";
import { days, simulation } from "$lib/test/plan";
import {
  applyChoice,
  fallsShort,
  formatMinutes,
  loadLabels,
  loadSeries,
  outcomeText,
  overflow,
  planChoices,
  unlimited,
  type PlanChoice,
} from "./planSimulator";

const withDate = { ...DEFAULT_SETTINGS, interviewDate: "2026-03-20" };
/** A choice in short: its key, and the field and value it sets or the modules it leaves out. */
const brief = (choice: PlanChoice) =>
  choice.key === "leave-out"
    ? [choice.key, choice.modules.map((module) => module.slug)]
    : [choice.key, choice.field, choice.value];

describe("the plan's load", () => {
  it("splits each day's minutes between reviews and new questions", () => {
    const sim = simulation({ days: days(2, { reviews: 30, new: 10, minutes: 40 }) });
    const [reviews, fresh] = loadSeries(sim, "minutes");
    expect(reviews.values).toEqual([30, 30]);
    expect(fresh.values).toEqual([10, 10]);
  });

  it("counts answers, with what was left over", () => {
    const sim = simulation({ days: days(2, { reviews: 30, new: 5, leftOver: 7 }) });
    const series = loadSeries(sim, "answers");
    expect(series.map((s) => s.name)).toEqual(["Reviews", "New", "Left over"]);
    expect(series[2].values).toEqual([7, 7]);
    expect(overflow(sim)).toEqual({ answers: 14, days: 2 });
    expect(fallsShort(sim)).toBe(true);
    expect(fallsShort(simulation())).toBe(false);
  });

  it("labels today, then dates", () => {
    const labels = loadLabels(simulation({ days: days(3) }));
    expect(labels[0]).toBe("Today");
    expect(labels[1]).toMatch(/Mar/);
    expect(formatMinutes(7.25)).toBe("7.3");
    expect(formatMinutes(42.4)).toBe("42");
  });
});

describe("what would help a plan that falls short", () => {
  it("offers the budget the busiest day needs, and a lower retention", () => {
    const settings = { ...withDate, dailyMinutes: 30 };
    const short = simulation({ days: days(5, { minutes: 30 }), unseenOnDay: 40 });
    const needed = simulation({ days: days(5, { minutes: 52 }) });
    const choices = planChoices(settings, short, needed);
    expect(choices.map(brief)).toEqual([
      ["budget", "dailyMinutes", 55],
      ["retention", "desiredRetention", 0.85],
    ]);
    expect(choices[0].label).toBe("Study 55 minutes a day");
    expect(applyChoice(settings, choices[1]).desiredRetention).toBe(0.85);
    expect(unlimited(settings)).toMatchObject({ dailyMinutes: null, reviewsPerDay: 9999 });
  });

  it("never offers more than 600 minutes, nor a retention under 0.70", () => {
    const settings = { ...withDate, dailyMinutes: 600, desiredRetention: 0.7 };
    const short = simulation({ unseenOnDay: 3 });
    expect(planChoices(settings, short, simulation({ peakMinutes: 900 }))).toEqual([]);
  });

  it("offers a higher review limit when it is what stops the days", () => {
    const settings = { ...withDate, reviewsPerDay: 50 };
    const short = simulation({ days: days(3, { reviews: 50, leftOver: 12 }) });
    const needed = simulation({ days: days(3, { reviews: 64 }) });
    const choices = planChoices(settings, short, needed);
    expect(choices.map(brief)).toEqual([
      ["reviews", "reviewsPerDay", 70],
      ["retention", "desiredRetention", 0.85],
    ]);
  });

  it("offers finishing early and leaving modules out when the engine found they help", () => {
    const settings = {
      ...withDate,
      dailyMinutes: 30,
      desiredRetention: 0.7,
      excludedModules: ["09-c"],
    };
    const short = simulation({ days: days(5, { minutes: 30 }), unseenOnDay: 40 });
    const options = {
      daysEarly: 4,
      leaveOut: [
        { slug: "12-async", title: "Async" },
        { slug: "07-decorators", title: "Decorators" },
      ],
    };
    const choices = planChoices(settings, short, null, options);
    expect(choices.map(brief)).toEqual([
      ["budget", "dailyMinutes", 45],
      ["early", "newQuestionsDaysEarly", 4],
      ["leave-out", ["12-async", "07-decorators"]],
    ]);
    expect(choices.map((c) => c.label).slice(1)).toEqual([
      "Finish new questions 4 days early",
      "Leave out 2 modules",
    ]);
    expect(applyChoice(settings, choices[1]).newQuestionsDaysEarly).toBe(4);
    expect(applyChoice(settings, choices[2]).excludedModules).toEqual([
      "09-c",
      "12-async",
      "07-decorators",
    ]);
    const oneDay = planChoices(settings, short, null, { daysEarly: 1, leaveOut: [] });
    expect(oneDay.map((c) => c.label)).toEqual([
      "Study 45 minutes a day",
      "Finish new questions 1 day early",
    ]);
    expect(planChoices(settings, short, null, { daysEarly: null, leaveOut: [] })).toHaveLength(1);
  });

  it("sums a plan up in a few words", () => {
    expect(outcomeText(simulation())).toBe("78% ready · every question seen · no day over");
    expect(
      outcomeText(simulation({ unseenOnDay: 4, days: days(2, { leftOver: 3 }), readiness: 0.5 })),
    ).toBe("50% ready · 4 unseen · 6 reviews left over");
  });
});
