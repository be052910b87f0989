import { render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, ipcError, mockCommands } from "$lib/test/fixtures";
import { questionSchedule, unansweredSchedule } from "$lib/test/schedule";
import QuestionSchedule from "./QuestionSchedule.svelte";

describe("QuestionSchedule", () => {
  it("shows the memory figures, the answers newest first and the forgetting curve", async () => {
    const calls = mockCommands({
      question_schedule: () => questionSchedule(),
      get_settings: () => ({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 }),
    });
    render(QuestionSchedule, { questionId: "fund-walrus" });

    const rows = await screen.findAllByTestId("history-row");
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain("Good");
    expect(rows[0].textContent).toContain("9 days");
    expect(rows[0].textContent).toContain("1m 04s");
    expect(rows[2].textContent).toContain("Again");
    expect(rows[2].textContent).toContain("Same day");
    expect(rows[2].textContent).toContain("New");

    expect(screen.getByTestId("schedule-stability").textContent?.trim()).toBe("9.4 days");
    expect(screen.getByTestId("schedule-difficulty").textContent?.trim()).toBe("5.8 / 10");
    expect(screen.getByTestId("schedule-recall-now").textContent?.trim()).toBe("87%");
    expect(screen.getByTestId("schedule-recall-interview").textContent?.trim()).toBe("68%");
    expect(screen.getByTestId("schedule-due").textContent).toMatch(/Nov\w* 21\s*3 days overdue/);

    const chart = screen.getByTestId("forgetting-curve");
    expect(chart.querySelector('[data-testid="curve-line"]')?.getAttribute("d")).toMatch(/^M/);
    expect(screen.getByTestId("curve-today").dataset.day).toBe("12");
    expect(screen.getByTestId("curve-interview").dataset.day).toBe("42");
    expect(screen.getByTestId("curve-interview").textContent).toMatch(/Interview \d+%/);
    await waitFor(() => expect(screen.queryByTestId("curve-target")).not.toBeNull());
    expect(chart.textContent).toContain("Desired retention 85%");
    expect(calls.find((c) => c.cmd === "question_schedule")?.args).toEqual({ id: "fund-walrus" });
  });

  it("draws the curve without markers it has no day for, and without settings", async () => {
    mockCommands({
      question_schedule: () =>
        questionSchedule({ interviewDate: null, recallOnInterview: null, daysToInterview: null }),
      get_settings: () => {
        throw ipcError("internal", "no settings");
      },
    });
    render(QuestionSchedule, { questionId: "fund-walrus" });
    await screen.findByTestId("forgetting-curve");
    expect(screen.getByTestId("curve-today")).toBeTruthy();
    expect(screen.queryByTestId("curve-interview")).toBeNull();
    expect(screen.queryByTestId("curve-target")).toBeNull();
    expect(screen.queryByTestId("schedule-recall-interview")).toBeNull();
  });

  it("says a question never answered has no schedule yet", async () => {
    mockCommands({
      question_schedule: () => unansweredSchedule(),
      get_settings: () => DEFAULT_SETTINGS,
    });
    render(QuestionSchedule, { questionId: "fund-walrus" });
    const empty = await screen.findByTestId("schedule-empty");
    expect(empty.textContent).toContain("Not answered yet");
    expect(screen.queryByTestId("schedule-history")).toBeNull();
    expect(screen.queryByTestId("forgetting-curve")).toBeNull();
  });

  it("folds a long history and loads again for another question", async () => {
    const long = Array.from({ length: 12 }, () => questionSchedule().history[2]);
    const calls = mockCommands({
      question_schedule: (args) =>
        args.id === "q-1" ? questionSchedule({ history: long }) : unansweredSchedule(),
      get_settings: () => DEFAULT_SETTINGS,
    });
    const view = render(QuestionSchedule, { questionId: "q-1" });
    expect(await screen.findAllByTestId("history-row")).toHaveLength(8);
    screen.getByText("Show all 12 answers").click();
    await waitFor(() => expect(screen.getAllByTestId("history-row")).toHaveLength(12));

    await view.rerender({ questionId: "q-2" });
    await screen.findByTestId("schedule-empty");
    expect(calls.filter((c) => c.cmd === "question_schedule").map((c) => c.args.id)).toEqual([
      "q-1",
      "q-2",
    ]);
  });
});
