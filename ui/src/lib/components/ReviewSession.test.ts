import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { toasts } from "$lib/app.svelte";
import {
  choiceQuestion,
  counts,
  ipcError,
  mockCommands,
  outputQuestion,
  questionDetail,
  reviewItem,
} from "$lib/test/fixtures";
import ReviewSession from "./ReviewSession.svelte";

/** A clock the test moves by hand. */
function fakeClock(start = 1_000) {
  let now = start;
  return {
    read: () => now,
    advance: (ms: number) => (now += ms),
  };
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(window, { key: k, ...init });

describe("ReviewSession: output question", () => {
  it("checks a typed answer, shows the verdict and sends the chosen grade", async () => {
    const question = outputQuestion();
    const clock = fakeClock();
    const calls = mockCommands({
      next_review: () => reviewItem(question, { due: 1, new: 0 }),
      check_answer: () => ({
        correct: false,
        suggested: "again",
        expectedOutput: "2\na",
        correctOptions: [],
      }),
      answer: () => null,
      queue_counts: () => counts({ due: 0, new: 0, reviewedToday: 1 }),
    });

    render(ReviewSession, { clock: clock.read });

    expect((await screen.findByTestId("review-question-title")).textContent).toBe(question.title);
    const input = screen.getByTestId("output-input") as HTMLTextAreaElement;
    // Not focused on its own (so "u" still undoes); Enter starts typing.
    expect(document.activeElement).not.toBe(input);
    await key("Enter");
    expect(document.activeElement).toBe(input);
    expect(screen.queryByTestId("grade-good")).toBeNull();

    await fireEvent.input(input, { target: { value: "2\nb" } });
    await fireEvent.click(screen.getByTestId("submit-answer"));

    const verdict = await screen.findByTestId("verdict");
    expect(verdict.dataset.correct).toBe("false");
    expect(verdict.textContent).toContain("Not quite");
    expect(verdict.textContent).toContain("2\na");
    expect(screen.getByTestId("review-answer").textContent).toContain("Integers add");
    expect(calls.find((c) => c.cmd === "check_answer")?.args).toEqual({
      questionId: question.id,
      response: { kind: "output", text: "2\nb" },
    });

    // The suggested grade (Again) is highlighted; each button shows its interval.
    expect(screen.getByTestId("grade-again").classList.contains("suggested")).toBe(true);
    expect(screen.getByTestId("grade-good").querySelector(".interval")?.textContent).toBe("3d");

    clock.advance(4_321);
    await fireEvent.click(screen.getByTestId("grade-hard"));

    await screen.findByTestId("session-summary");
    expect(calls.find((c) => c.cmd === "answer")?.args).toEqual({
      questionId: question.id,
      grade: "hard",
      durationMs: 4_321,
      scope: "today",
    });
    expect(screen.getByTestId("summary-reviewed").textContent).toBe("1");
  });

  it("keeps the answer on screen when saving fails, and saves it on retry", async () => {
    const question = outputQuestion();
    let attempts = 0;
    const calls = mockCommands({
      next_review: () => reviewItem(question, { due: 1, new: 0 }),
      check_answer: () => ({
        correct: true,
        suggested: "good",
        expectedOutput: "2\nb",
        correctOptions: [],
      }),
      answer: () => {
        attempts += 1;
        if (attempts === 1)
          throw ipcError(
            "database",
            "the disk is full, so nothing was saved: free some space and try again",
          );
        return null;
      },
      queue_counts: () => counts({ due: 0, new: 0, reviewedToday: 1 }),
    });

    render(ReviewSession, { clock: fakeClock().read });
    await screen.findByTestId("review-question-title");
    await fireEvent.input(screen.getByTestId("output-input"), { target: { value: "2\nb" } });
    await fireEvent.click(screen.getByTestId("submit-answer"));
    await screen.findByTestId("verdict");
    await fireEvent.click(screen.getByTestId("grade-good"));

    expect((await screen.findByText(/the disk is full/)).textContent).toContain(
      "nothing was saved",
    );
    expect(screen.getByTestId("verdict").dataset.correct).toBe("true");
    expect((screen.getByTestId("output-input") as HTMLTextAreaElement).value).toBe("2\nb");
    expect(screen.queryByTestId("session-summary")).toBeNull();

    await fireEvent.click(screen.getByTestId("grade-good"));
    await screen.findByTestId("session-summary");
    expect(calls.filter((c) => c.cmd === "answer")).toHaveLength(2);
  });

  it("checks with Ctrl+Enter from the textarea and accepts the suggestion with Enter", async () => {
    const calls = mockCommands({
      next_review: () => reviewItem(outputQuestion()),
      check_answer: () => ({
        correct: true,
        suggested: "good",
        expectedOutput: "2\na",
        correctOptions: [],
      }),
      answer: () => null,
      queue_counts: () => counts({ due: 0, new: 0 }),
    });
    render(ReviewSession);
    const input = (await screen.findByTestId("output-input")) as HTMLTextAreaElement;
    await fireEvent.input(input, { target: { value: "2\na" } });
    await fireEvent.keyDown(input, { key: "Enter", ctrlKey: true });

    expect((await screen.findByTestId("verdict")).dataset.correct).toBe("true");
    expect(screen.getByTestId("grade-good").classList.contains("suggested")).toBe(true);

    await key("Enter");
    await screen.findByTestId("session-summary");
    expect(calls.find((c) => c.cmd === "answer")?.args.grade).toBe("good");
  });

  it("ignores review keys while typing in the textarea", async () => {
    const calls = mockCommands({
      next_review: () => reviewItem(outputQuestion()),
      undo: () => reviewItem(questionDetail()),
    });
    render(ReviewSession);
    const input = await screen.findByTestId("output-input");
    for (const k of [" ", "1", "3", "u", "Enter"]) {
      await fireEvent.keyDown(input, { key: k });
    }
    expect(calls.map((c) => c.cmd)).toEqual(["next_review"]);
    expect(screen.queryByTestId("verdict")).toBeNull();
    expect(screen.queryByTestId("review-answer")).toBeNull();
  });
});

describe("ReviewSession: keyboard", () => {
  it("undoes with u on an output question until the user starts typing", async () => {
    const calls = mockCommands({
      next_review: () => reviewItem(outputQuestion()),
      undo: () => reviewItem(questionDetail({ title: "Back again" })),
    });
    render(ReviewSession);
    await screen.findByTestId("output-input");
    await key("u");
    await waitFor(() =>
      expect(screen.getByTestId("review-question-title").textContent).toBe("Back again"),
    );
    expect(calls.map((c) => c.cmd)).toEqual(["next_review", "undo"]);
  });

  it("reveals with Space, grades Good with 3, and undoes with u", async () => {
    const first = questionDetail({ id: "q-1", title: "First question" });
    const second = questionDetail({ id: "q-2", title: "Second question" });
    const calls = mockCommands({
      next_review: () => reviewItem(first),
      answer: () => reviewItem(second),
      undo: () => reviewItem(first),
    });
    render(ReviewSession);

    await screen.findByText("First question");
    expect(screen.queryByTestId("review-answer")).toBeNull();
    await key("3");
    expect(calls.some((c) => c.cmd === "answer")).toBe(false);

    await key(" ");
    expect(screen.getByTestId("review-answer").textContent).toContain("assigns inside");
    expect(screen.getByTestId("key-points").querySelectorAll("li")).toHaveLength(3);

    await key("3");
    expect((await screen.findByTestId("review-question-title")).textContent).toBe(
      "Second question",
    );
    expect(calls.find((c) => c.cmd === "answer")?.args).toMatchObject({
      questionId: "q-1",
      grade: "good",
    });
    expect(screen.queryByTestId("review-answer")).toBeNull();
    // Keys are ignored while the answer is in flight.
    await waitFor(() =>
      expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(false),
    );

    await key("u");
    await waitFor(() =>
      expect(screen.getByTestId("review-question-title").textContent).toBe("First question"),
    );
    expect(calls.filter((c) => c.cmd === "undo")).toHaveLength(1);
    expect(toasts.items.at(-1)?.message).toMatch(/undone/i);
  });

  it("toggles choice options with number keys and checks with Enter", async () => {
    const question = choiceQuestion();
    const calls = mockCommands({
      next_review: () => reviewItem(question),
      check_answer: () => ({
        correct: false,
        suggested: "again",
        expectedOutput: null,
        correctOptions: [1, 2],
      }),
    });
    render(ReviewSession);
    await screen.findByText(question.title);

    const submit = screen.getByTestId("submit-answer") as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await key("2");
    await key("4");
    await key("4");
    await key("1");
    const options = screen.getAllByTestId("choice-option");
    expect(options.map((o) => o.classList.contains("picked"))).toEqual([true, true, false, false]);

    await key("Enter");
    const verdict = await screen.findByTestId("verdict");
    expect(verdict.dataset.correct).toBe("false");
    expect(calls.find((c) => c.cmd === "check_answer")?.args.response).toEqual({
      kind: "choice",
      selected: [0, 1],
    });
    const marked = screen
      .getAllByTestId("choice-option")
      .map((o) =>
        o.classList.contains("right") || o.classList.contains("missed")
          ? "✓"
          : o.classList.contains("wrong")
            ? "✗"
            : "·",
      );
    expect(marked).toEqual(["✗", "✓", "✓", "·"]);
  });

  it("picks a single-answer option as a radio: a new pick replaces the old", async () => {
    const question = choiceQuestion({
      multipleAnswers: false,
      options: [
        { html: "A", correct: true },
        { html: "B", correct: false },
      ],
    });
    mockCommands({ next_review: () => reviewItem(question) });
    render(ReviewSession);
    await screen.findByText(question.title);
    expect(screen.getAllByRole("radio")).toHaveLength(2);
    await key("1");
    await key("2");
    const options = screen.getAllByTestId("choice-option");
    expect(options.map((o) => o.classList.contains("picked"))).toEqual([false, true]);
  });
});

describe("ReviewSession: edges", () => {
  it("shows a friendly empty state when nothing is due", async () => {
    mockCommands({
      next_review: () => null,
      queue_counts: () => counts({ due: 0, new: 0, learning: 0, reviewedToday: 12 }),
    });
    render(ReviewSession);
    expect(await screen.findByText("All done for today")).toBeTruthy();
    expect(screen.getByTestId("review-counts").textContent).toContain("0");
    expect(document.body.textContent).toContain("you reviewed 12 questions today");
    expect(screen.getByTestId("open-study-ahead").getAttribute("href")).toBe("/review/ahead");
  });

  it("shows a gentle toast when there is nothing to undo", async () => {
    mockCommands({
      next_review: () => reviewItem(questionDetail()),
      undo: () => {
        throw ipcError("nothing_to_undo", "there is no answer to undo");
      },
    });
    render(ReviewSession);
    await screen.findByTestId("review-question-title");
    await fireEvent.click(screen.getByTestId("undo"));
    await waitFor(() => expect(toasts.items.at(-1)?.message).toBe("Nothing to undo yet."));
    expect(toasts.items.at(-1)?.tone).toBe("info");
    expect(screen.getByTestId("review-question-title")).toBeTruthy();
  });

  it("shows the remaining counts from the current item", async () => {
    mockCommands({
      next_review: () =>
        reviewItem(questionDetail({ state: "review" }), { due: 7, new: 4, learning: 2 }),
    });
    render(ReviewSession);
    const strip = await screen.findByTestId("review-counts");
    expect(screen.getByTestId("review-count-due").textContent).toBe("7");
    expect(screen.getByTestId("review-count-new").textContent).toBe("4");
    expect(screen.getByTestId("review-count-learning").textContent).toBe("2");
    expect(strip.querySelector(".current")?.textContent).toContain("due");
  });
});
