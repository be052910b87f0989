import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { StudyPlan } from "$lib/api";
import { counts } from "$lib/test/fixtures";
import StudyPlanCard from "./StudyPlanCard.svelte";

function plan(titles: string[]): StudyPlan {
  return {
    basis: "dailyLimits",
    targetRole: null,
    interviewDate: null,
    daysLeft: null,
    counts: counts({ new: titles.length }),
    newQuota: 10,
    newQuestions: titles.map((title, i) => ({
      id: `q-${i}`,
      title,
      moduleTitle: "Python Fundamentals",
      difficulty: "junior",
    })),
    priorityQuestions: 0,
    priorityUnseen: 0,
    readiness: [],
    now: "2026-12-06T09:00:00+01:00",
  };
}

describe("StudyPlanCard", () => {
  it("shows inline code in the next questions' titles as code, linked to each question", () => {
    const { getByRole } = render(StudyPlanCard, {
      plan: plan(["What does this dataclass with a `default_factory` field print?"]),
    });
    const link = getByRole("link", { name: /dataclass/ });
    expect(link.getAttribute("href")).toBe("/questions/q-0");
    expect(link.textContent).toBe("What does this dataclass with a default_factory field print?");
    expect(link.querySelector("code")?.textContent).toBe("default_factory");
  });

  it("lists six next questions and counts the rest", () => {
    const { getAllByRole, getByText } = render(StudyPlanCard, {
      plan: plan(Array.from({ length: 8 }, (_, i) => `Question ${i + 1}?`)),
    });
    expect(getAllByRole("listitem")).toHaveLength(6);
    expect(getByText(/and 2 more questions/)).toBeTruthy();
  });
});
