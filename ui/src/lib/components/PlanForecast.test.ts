import { render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Settings } from "$lib/bindings";
import { DEFAULT_SETTINGS, mockCommands } from "$lib/test/fixtures";
import { days, simulation } from "$lib/test/plan";
import PlanForecast from "./PlanForecast.svelte";

const saved: Settings = { ...DEFAULT_SETTINGS, interviewDate: "2026-03-20", dailyMinutes: 30 };
const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, " ");

describe("PlanForecast", () => {
  it("forecasts the saved settings with the simulator and shows readiness and load", async () => {
    const calls = mockCommands({
      get_settings: () => saved,
      simulate_plan: () =>
        simulation({
          readiness: 0.81,
          peakMinutes: 40,
          unseenOnDay: 0,
          days: days(4, { minutes: 20 }),
        }),
    });
    render(PlanForecast);

    expect(await screen.findByTestId("home-forecast")).toBeTruthy();
    expect(calls.find((call) => call.cmd === "simulate_plan")?.args.settings).toEqual(saved);
    expect(text("home-forecast-readiness")).toBe("81%");
    expect(text("home-forecast-load")).toBe("20 min avg · 40 peak");
    expect(screen.queryByTestId("home-forecast-unseen")).toBeNull();
  });

  it("says how many questions the plan leaves unseen", async () => {
    mockCommands({
      get_settings: () => saved,
      simulate_plan: () => simulation({ unseenOnDay: 12 }),
    });
    render(PlanForecast);
    expect((await screen.findByTestId("home-forecast-unseen")).textContent).toContain(
      "12 questions",
    );
  });

  it("shows nothing when there is no date to forecast to", async () => {
    const calls = mockCommands({ get_settings: () => DEFAULT_SETTINGS, simulate_plan: () => null });
    render(PlanForecast);
    await vi.waitFor(() => expect(calls.some((call) => call.cmd === "simulate_plan")).toBe(true));
    expect(screen.queryByTestId("home-forecast")).toBeNull();
  });
});
