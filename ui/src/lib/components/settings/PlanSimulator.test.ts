import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Settings } from "$lib/bindings";
import { DEFAULT_SETTINGS, ipcError, mockCommands, type Call } from "$lib/test/fixtures";
import { days, simulation } from "$lib/test/plan";
import PlanSimulator from "./PlanSimulator.svelte";

const settings: Settings = { ...DEFAULT_SETTINGS, interviewDate: "2026-03-20", dailyMinutes: 30 };
const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, " ");
const simulated = (calls: Call[]) =>
  calls
    .filter((call) => call.cmd === "simulate_plan")
    .map((call) => call.args.settings as Settings);

/** The engine as the simulator sees it: 30 minutes a day is too little, 55 is enough. */
function shortOnTime(args: Record<string, unknown>) {
  const asked = args.settings as Settings;
  if (asked.dailyMinutes === null) return simulation({ days: days(5, { minutes: 52 }) });
  if (asked.dailyMinutes === 55) return simulation({ readiness: 0.86 });
  if (asked.desiredRetention === 0.85) {
    return simulation({ readiness: 0.7, unseenOnDay: 12, days: days(5, { minutes: 30 }) });
  }
  return simulation({
    readiness: 0.55,
    unseenOnDay: 40,
    days: days(5, { minutes: 30, leftOver: 6 }),
  });
}

describe("PlanSimulator", () => {
  it("simulates the current settings once they stop changing, and draws the plan", async () => {
    const calls = mockCommands({ simulate_plan: () => simulation() });
    const { rerender } = render(PlanSimulator, { settings, onchoose: () => {}, delay: 30 });
    await rerender({ settings: { ...settings, desiredRetention: 0.88 } });
    await rerender({ settings: { ...settings, desiredRetention: 0.86 } });

    expect(await screen.findByTestId("plan-readiness")).toBeTruthy();
    expect(simulated(calls)).toEqual([{ ...settings, desiredRetention: 0.86 }]);
    expect(text("plan-readiness")).toBe("78%");
    expect(text("plan-peak")).toBe("30 min");
    expect(text("plan-reviews")).toBe("150");
    expect(text("plan-unseen-count")).toBe("0");
    expect(text("plan-fits")).toContain("Everything fits");
    expect(screen.queryByTestId("plan-short")).toBeNull();

    const chart = screen.getByTestId("simulator-chart");
    expect(within(chart).getAllByTestId("bar")).toHaveLength(5);
    expect(within(chart).getByTestId("guide").textContent).toBe("Budget 30 min");
    const modules = screen.getAllByTestId("plan-module").map((m) => m.textContent);
    expect(modules[0]).toContain("Python Fundamentals");
    expect(modules[0]).toContain("82%");

    await fireEvent.click(screen.getByRole("button", { name: "Answers" }));
    expect(within(chart).getByTestId("legend").textContent).toBe("ReviewsNew");
    expect(within(chart).queryByTestId("guide")).toBeNull();
  });

  it("ignores changes that don't touch the plan", async () => {
    const calls = mockCommands({ simulate_plan: () => simulation() });
    const { rerender } = render(PlanSimulator, { settings, onchoose: () => {}, delay: 0 });
    await screen.findByTestId("plan-readiness");
    await rerender({ settings: { ...settings, theme: "dark" } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(simulated(calls)).toHaveLength(1);
  });

  it("says in numbers how the plan falls short and offers what would help", async () => {
    const calls = mockCommands({ simulate_plan: shortOnTime });
    const onchoose = vi.fn();
    render(PlanSimulator, { settings, onchoose, delay: 0 });

    await screen.findByTestId("plan-unseen");
    expect(text("plan-unseen")).toContain("40 questions would still be unseen");
    expect(text("plan-overflow")).toContain(
      "On 5 days of 5, 30 reviews due don’t fit in 30 minutes",
    );
    const budget = await screen.findByTestId("plan-choice-budget");
    expect(budget.textContent).toContain("Study 55 minutes a day");
    expect(budget.textContent).toContain("86% ready · every question seen · no day over");
    expect(text("plan-choice-retention")).toContain("Aim for 85% retention");
    expect(text("plan-choice-retention")).toContain("12 unseen");
    expect(screen.queryByTestId("plan-choice-reviews")).toBeNull();
    // The plan, the plan without limits, then each choice.
    expect(simulated(calls).map((s) => s.dailyMinutes)).toEqual([30, null, 55, 30]);

    await fireEvent.click(budget);
    expect(onchoose).toHaveBeenCalledWith(
      expect.objectContaining({ field: "dailyMinutes", value: 55 }),
    );
    // Focus moves to the plan, as the choice's button goes once the plan is simulated again.
    expect(document.activeElement?.id).toBe("plan-title");
  });

  it("offers finishing early and leaving modules out, each with its outcome", async () => {
    const asked: Settings[] = [];
    mockCommands({
      simulate_plan: (args) => {
        const s = args.settings as Settings;
        if (s.newQuestionsDaysEarly === 4) return simulation({ readiness: 0.6, unseenOnDay: 9 });
        if (s.excludedModules.length > 0) return simulation({ readiness: 0.8 });
        return shortOnTime(args);
      },
      plan_options: (args) => {
        asked.push(args.settings as Settings);
        return {
          daysEarly: 4,
          leaveOut: [
            { slug: "12-async", title: "Async" },
            { slug: "07-decorators", title: "Decorators" },
          ],
        };
      },
    });
    const onchoose = vi.fn();
    render(PlanSimulator, { settings, onchoose, delay: 0 });

    const early = await screen.findByTestId("plan-choice-early");
    expect(asked).toEqual([settings]);
    expect(early.textContent).toContain("Finish new questions 4 days early");
    expect(early.textContent).toContain("60% ready · 9 unseen");
    const leaveOut = screen.getByTestId("plan-choice-leave-out");
    expect(leaveOut.textContent).toContain("Leave out 2 modules");
    const names = within(leaveOut)
      .getAllByTestId("left-out-module")
      .map((m) => m.textContent?.trim());
    expect(names).toEqual(["Async", "Decorators"]);
    expect(within(leaveOut).queryByRole("button")).toBeNull();
    expect(leaveOut.textContent).toContain("80% ready · every question seen");
    expect(text("plan-short")).toContain("reviews of those already started still come");

    await fireEvent.click(leaveOut);
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ key: "leave-out" }));
  });

  it("asks for valid settings when the engine refuses them", async () => {
    mockCommands({
      simulate_plan: () => {
        throw ipcError("invalid_input", "desired retention must be between 0.70 and 0.99");
      },
    });
    render(PlanSimulator, { settings, onchoose: () => {}, delay: 0 });
    expect((await screen.findByTestId("plan-error")).textContent).toContain(
      "Desired retention must be between 0.70 and 0.99",
    );
  });

  it("explains when the date is out of the simulation's reach", async () => {
    mockCommands({ simulate_plan: () => null });
    render(PlanSimulator, { settings, onchoose: () => {}, delay: 0 });
    expect((await screen.findByTestId("plan-none")).textContent).toContain("a year ahead");
  });
});
