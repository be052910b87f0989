import { describe, expect, it } from "vitest";
import type { StudyPlan } from "$lib/api";
import { app } from "$lib/app.svelte";
import { counts, ipcError, mockCommands, moduleSummary } from "$lib/test/fixtures";
import { load } from "./+page";

const plan: StudyPlan = {
  basis: "dailyLimits",
  targetRole: null,
  interviewDate: null,
  daysLeft: null,
  counts: counts({ due: 2, new: 5 }),
  newQuota: 10,
  newQuestions: [],
  priorityQuestions: 0,
  priorityUnseen: 0,
  readiness: [],
  now: "2026-12-06T09:00:00+01:00",
};

const loadHome = () => load({} as Parameters<typeof load>[0]);

describe("Home's figures, loaded with the page", () => {
  it("come with the page, and set the sidebar's review badge", async () => {
    const modules = [moduleSummary()];
    mockCommands({ study_plan: () => plan, list_modules: () => modules });
    expect(await loadHome()).toEqual({ today: { plan, modules }, error: null });
    expect(app.remaining).toBe(7);
  });

  it("give the page the reason when they cannot be read", async () => {
    mockCommands({
      study_plan: () => {
        throw ipcError("database", "disk I/O error");
      },
      list_modules: () => [],
    });
    expect(await loadHome()).toEqual({ today: null, error: "disk I/O error" });
  });
});
