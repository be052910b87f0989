import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import {
  choiceQuestion,
  counts,
  DEFAULT_SETTINGS,
  ipcError,
  mockCommands,
  questionDetail,
  reviewItem,
} from "$lib/test/fixtures";
import type { QuestionDetail } from "$lib/bindings";
import StudyAhead from "./StudyAhead.svelte";

const key = (k: string) => fireEvent.keyDown(window, { key: k });

/** Hands out `questions` in order, skipping those already seen, as next_ahead does. */
function aheadQueue(questions: QuestionDetail[]) {
  return (args: Record<string, unknown>) => {
    const seen = args.seen as string[];
    const next = questions.find((q) => !seen.includes(q.id));
    return next ? reviewItem(next) : null;
  };
}

const first = questionDetail({ id: "q-1", title: "First question" });
const second = questionDetail({ id: "q-2", title: "Second question" });

describe("StudyAhead", () => {
  it("in practice mode grades with record=false and shows that nothing is recorded", async () => {
    let now = 1_000;
    const calls = mockCommands({
      get_settings: () => ({ ...DEFAULT_SETTINGS, interviewDate: "2026-12-24" }),
      next_ahead: aheadQueue([first, second]),
      answer_ahead: () => null,
    });
    render(StudyAhead, { clock: () => now });

    expect((await screen.findByTestId("ahead-interview")).textContent).toContain("Interview on");
    expect(screen.getByTestId("ahead-days-value").textContent).toBe("7 days");
    await fireEvent.input(screen.getByTestId("ahead-days"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("ahead-mode-practice"));
    await fireEvent.click(screen.getByTestId("ahead-start"));

    expect((await screen.findByTestId("ahead-question-title")).textContent).toBe("First question");
    const mode = screen.getByTestId("ahead-mode");
    expect(mode.dataset.mode).toBe("practice");
    expect(mode.textContent).toContain("nothing is recorded");

    await key("3");
    expect(calls.some((c) => c.cmd === "answer_ahead")).toBe(false);
    await key(" ");
    expect(screen.getByTestId("review-answer").textContent).toContain("assigns inside");
    // Practice changes no interval, so none is shown.
    expect(screen.getByTestId("grade-good").querySelector(".interval")?.textContent).toBe("");
    now += 5_000;
    await key("3");
    await waitFor(() =>
      expect(screen.getByTestId("ahead-question-title").textContent).toBe("Second question"),
    );
    await key(" ");
    await fireEvent.click(screen.getByTestId("grade-again"));

    await screen.findByTestId("ahead-summary");
    const answers = calls.filter((c) => c.cmd === "answer_ahead").map((c) => c.args);
    expect(answers).toEqual([
      { id: "q-1", grade: "good", durationMs: 5_000, record: false },
      { id: "q-2", grade: "again", durationMs: 0, record: false },
    ]);
    expect(calls.filter((c) => c.cmd === "next_ahead").map((c) => c.args)).toEqual([
      { days: 12, seen: [] },
      { days: 12, seen: ["q-1"] },
      { days: 12, seen: ["q-1", "q-2"] },
    ]);
    expect(screen.getByTestId("summary-reviewed").textContent).toBe("2");
    expect(screen.getByTestId("ahead-summary").textContent).toContain("nothing was recorded");
  });

  it("in counting mode grades with record=true, shows the intervals, and checks choices", async () => {
    const question = choiceQuestion({ id: "q-3" });
    const calls = mockCommands({
      get_settings: () => DEFAULT_SETTINGS,
      next_ahead: aheadQueue([question]),
      check_answer: () => ({
        correct: true,
        suggested: "good",
        expectedOutput: null,
        correctOptions: [1, 2],
      }),
      answer_ahead: () => null,
      queue_counts: () => counts(),
    });
    render(StudyAhead);
    await fireEvent.click(await screen.findByTestId("ahead-start"));
    await screen.findByTestId("ahead-question-title");
    expect(screen.getByTestId("ahead-mode").textContent).toContain("Counts as review");

    await key("2");
    await key("3");
    await key("Enter");
    expect((await screen.findByTestId("verdict")).dataset.correct).toBe("true");
    expect(screen.getByTestId("grade-good").querySelector(".interval")?.textContent).toBe("3d");
    await key("Enter");

    await screen.findByTestId("ahead-summary");
    expect(calls.find((c) => c.cmd === "answer_ahead")?.args).toMatchObject({
      id: "q-3",
      grade: "good",
      record: true,
    });
    expect(calls.find((c) => c.cmd === "next_ahead")?.args).toEqual({ days: 7, seen: [] });
    expect(screen.getByTestId("ahead-summary").textContent).toContain("1 answer counted");
  });

  it("says when nothing is within reach, and keeps the answer when saving fails", async () => {
    let queue: QuestionDetail[] = [];
    let failures = 1;
    const calls = mockCommands({
      get_settings: () => DEFAULT_SETTINGS,
      next_ahead: (args) => aheadQueue(queue)(args),
      answer_ahead: () => {
        if (failures-- > 0) throw ipcError("database", "the disk is full");
        return null;
      },
    });
    render(StudyAhead);
    await fireEvent.click(await screen.findByTestId("ahead-start"));
    expect(await screen.findByText("Nothing to study ahead")).toBeTruthy();

    queue = [first];
    await fireEvent.click(screen.getByText("Look further ahead"));
    await fireEvent.click(await screen.findByTestId("ahead-start"));
    await screen.findByTestId("ahead-question-title");
    await key(" ");
    await key("4");
    expect(await screen.findByText(/the disk is full/)).toBeTruthy();
    expect(screen.getByTestId("review-answer")).toBeTruthy();
    await key("4");
    await screen.findByTestId("ahead-summary");
    expect(calls.filter((c) => c.cmd === "answer_ahead")).toHaveLength(2);
  });

  it("ends the session early from the strip", async () => {
    mockCommands({
      get_settings: () => DEFAULT_SETTINGS,
      next_ahead: aheadQueue([first, second]),
      answer_ahead: () => null,
      queue_counts: () => counts(),
    });
    render(StudyAhead);
    await fireEvent.click(await screen.findByTestId("ahead-start"));
    await screen.findByTestId("ahead-question-title");
    await key(" ");
    await key("3");
    await waitFor(() =>
      expect(screen.getByTestId("ahead-question-title").textContent).toBe("Second question"),
    );
    await fireEvent.click(screen.getByTestId("ahead-end"));
    const summary = await screen.findByTestId("ahead-summary");
    expect(summary.textContent).toContain("You ended the session");
    expect(screen.getByTestId("summary-reviewed").textContent).toBe("1");
  });
});
