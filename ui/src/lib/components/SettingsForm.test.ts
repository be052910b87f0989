import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Settings } from "$lib/bindings";
import { DEFAULT_SETTINGS, ipcError, mockCommands, type Call } from "$lib/test/fixtures";
import { days, simulation } from "$lib/test/plan";
import SettingsForm from "./SettingsForm.svelte";

/** The settings saves among the commands called (the form also asks for the local Python). */
function saves(calls: Call[]): Call[] {
  return calls.filter((call) => call.cmd === "set_settings");
}

describe("SettingsForm", () => {
  it("shows the engine's validation message next to the changed field", async () => {
    const calls = mockCommands({
      set_settings: () => {
        throw ipcError("invalid_input", "desired retention must be between 0.70 and 0.99");
      },
    });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });

    const retention = screen.getByTestId("settings-retention") as HTMLInputElement;
    expect(retention.value).toBe("0.90");
    await fireEvent.input(retention, { target: { value: "0.5" } });
    await fireEvent.change(retention);

    const message = await screen.findByRole("alert");
    expect(message.textContent).toContain("Desired retention must be between 0.70 and 0.99.");
    expect(retention.getAttribute("aria-invalid")).toBe("true");
    expect(retention.getAttribute("aria-describedby")).toBe(message.id);
    expect(screen.queryByTestId("settings-saved")).toBeNull();
    expect(saves(calls)[0].args.settings).toMatchObject({ desiredRetention: 0.5, newPerDay: 10 });
  });

  it("saves a change and confirms it", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    const onsaved = vi.fn();
    render(SettingsForm, { initial: DEFAULT_SETTINGS, onsaved });

    const newPerDay = screen.getByTestId("settings-new-per-day");
    await fireEvent.input(newPerDay, { target: { value: "25" } });
    await fireEvent.change(newPerDay);

    expect(await screen.findByTestId("settings-saved")).toBeTruthy();
    expect(saves(calls)).toEqual([
      { cmd: "set_settings", args: { settings: { ...DEFAULT_SETTINGS, newPerDay: 25 } } },
    ]);
    expect(onsaved).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, newPerDay: 25 });
  });

  it("rejects a malformed number without asking the engine", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const rollover = screen.getByTestId("settings-rollover");
    await fireEvent.input(rollover, { target: { value: "" } });
    await fireEvent.change(rollover);
    expect((await screen.findByRole("alert")).textContent).toContain("Enter a number.");
    expect(saves(calls)).toHaveLength(0);
  });

  it("applies the theme at once and saves it", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const theme = screen.getByTestId("settings-theme") as HTMLSelectElement;
    theme.value = "dark";
    await fireEvent.change(theme);
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(await screen.findByTestId("settings-saved")).toBeTruthy();
    expect(saves(calls)[0].args.settings).toMatchObject({ theme: "dark" });
  });
});

describe("SettingsForm: local Python", () => {
  it("shows the Python found and saves the choice to run every challenge on it", async () => {
    const calls = mockCommands({
      set_settings: (args) => args.settings,
      python_status: () => ({
        found: [{ path: "/usr/bin/python3.13", version: "3.13.1" }],
        chosen: { path: "/usr/bin/python3.13", version: "3.13.1" },
        problem: null,
      }),
    });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const status = screen.getByTestId("python-status");
    await vi.waitFor(() => expect(status.textContent).toContain("Python 3.13.1"));
    const always = screen.getByTestId("settings-always-python") as HTMLInputElement;
    await fireEvent.click(always);
    await vi.waitFor(() =>
      expect(calls.find((call) => call.cmd === "set_settings")?.args.settings).toMatchObject({
        alwaysUsePython: true,
        pythonPath: null,
      }),
    );
  });

  it("says what to install when no Python is found", async () => {
    mockCommands({
      python_status: () => ({
        found: [],
        chosen: null,
        problem: "No Python 3.12 or newer was found.",
      }),
    });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const status = screen.getByTestId("python-status");
    await vi.waitFor(() => expect(status.textContent).toContain("No Python 3.12 or newer"));
  });
});

describe("SettingsForm: daily time budget", () => {
  it("saves the minutes a day, and no budget when emptied", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const minutes = screen.getByTestId("settings-daily-minutes") as HTMLInputElement;
    expect(minutes.value).toBe("");
    expect(minutes.placeholder).toBe("No limit");

    await fireEvent.input(minutes, { target: { value: "45" } });
    await fireEvent.change(minutes);
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(1));
    expect(saves(calls)[0].args.settings).toMatchObject({ dailyMinutes: 45 });

    await fireEvent.input(minutes, { target: { value: "" } });
    await fireEvent.change(minutes);
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(2));
    expect(saves(calls)[1].args.settings).toMatchObject({ dailyMinutes: null });
  });

  it("shows the engine's range message under the field", async () => {
    mockCommands({
      set_settings: () => {
        throw ipcError("invalid_input", "the daily time budget must be between 5 and 600 minutes");
      },
    });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const minutes = screen.getByTestId("settings-daily-minutes");
    await fireEvent.input(minutes, { target: { value: "3" } });
    await fireEvent.change(minutes);
    const message = await screen.findByRole("alert");
    expect(message.textContent).toContain(
      "The daily time budget must be between 5 and 600 minutes.",
    );
    expect(minutes.getAttribute("aria-describedby")).toBe(message.id);
  });
});

describe("SettingsForm: plan simulator", () => {
  const withDate = { ...DEFAULT_SETTINGS, interviewDate: "2026-03-20", dailyMinutes: 30 };
  const simulated = (calls: Call[]) =>
    calls.filter((call) => call.cmd === "simulate_plan").map((call) => call.args.settings);

  it("appears with an interview date and follows unsaved fields", async () => {
    const calls = mockCommands({ simulate_plan: () => simulation() });
    render(SettingsForm, { initial: withDate, simulateAfterMs: 0 });
    await screen.findByTestId("plan-readiness");
    await fireEvent.input(screen.getByTestId("settings-reviews-per-day"), {
      target: { value: "150" },
    });
    await vi.waitFor(() => expect(simulated(calls)).toHaveLength(2));
    expect(simulated(calls)[1]).toEqual({ ...withDate, reviewsPerDay: 150 });
    expect(saves(calls)).toHaveLength(0);
  });

  it("is not shown without a date", () => {
    mockCommands({});
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    expect(screen.queryByTestId("plan-simulator")).toBeNull();
  });

  it("changes and saves the field of a chosen option", async () => {
    const calls = mockCommands({
      set_settings: (args) => args.settings,
      simulate_plan: (args) =>
        (args.settings as Settings).dailyMinutes === 30
          ? simulation({ unseenOnDay: 40 })
          : simulation({ days: days(5, { minutes: 52 }) }),
    });
    render(SettingsForm, { initial: withDate, simulateAfterMs: 0 });
    await fireEvent.click(await screen.findByTestId("plan-choice-budget"));
    expect((screen.getByTestId("settings-daily-minutes") as HTMLInputElement).value).toBe("55");
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(1));
    expect(saves(calls)[0].args.settings).toEqual({ ...withDate, dailyMinutes: 55 });
  });

  it("leaves out the modules of a chosen option, lists them, and brings one back", async () => {
    const calls = mockCommands({
      set_settings: (args) => args.settings,
      simulate_plan: (args) =>
        (args.settings as Settings).excludedModules.length === 0
          ? simulation({ unseenOnDay: 40 })
          : simulation(),
      plan_options: () => ({
        daysEarly: 3,
        leaveOut: [{ slug: "12-async", title: "Async" }],
      }),
      list_modules: () => [{ slug: "12-async", title: "Async Python" }],
    });
    render(SettingsForm, { initial: withDate, simulateAfterMs: 0 });
    expect(screen.getByTestId("settings-days-early")).toBeTruthy();
    expect(screen.queryByTestId("settings-left-out")).toBeNull();

    await fireEvent.click(await screen.findByTestId("plan-choice-leave-out"));
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(1));
    expect(saves(calls)[0].args.settings).toEqual({ ...withDate, excludedModules: ["12-async"] });
    const row = await screen.findByTestId("settings-left-out");
    expect(row.textContent?.replace(/\s+/g, " ")).toContain(
      "Reviews of questions you have already started still do",
    );
    await vi.waitFor(() => expect(row.textContent).toContain("Async Python"));

    await fireEvent.click(screen.getByRole("button", { name: "Bring back Async Python" }));
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(2));
    expect(saves(calls)[1].args.settings).toEqual(withDate);
    expect(screen.queryByTestId("settings-left-out")).toBeNull();
  });

  it("saves the days to finish new questions early", async () => {
    const calls = mockCommands({
      set_settings: (args) => args.settings,
      simulate_plan: () => simulation(),
    });
    render(SettingsForm, { initial: withDate, simulateAfterMs: 0 });
    const early = screen.getByTestId("settings-days-early");
    await fireEvent.input(early, { target: { value: "7" } });
    await fireEvent.change(early);
    await vi.waitFor(() => expect(saves(calls)).toHaveLength(1));
    expect(saves(calls)[0].args.settings).toEqual({ ...withDate, newQuestionsDaysEarly: 7 });
  });
});
