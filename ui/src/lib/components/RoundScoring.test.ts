import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Round } from "$lib/bindings";
import { choiceQuestion, mockCommands, outputQuestion, questionDetail } from "$lib/test/fixtures";
import { round, roundQuestion, roundResults } from "$lib/test/rounds";
import RoundScoring from "./RoundScoring.svelte";

function scoringRound(): Round {
  return round({
    stage: "scoring",
    questions: [
      roundQuestion(0, questionDetail(), {
        status: "answered",
        answerText: "It assigns and returns.\n```python\nif (n := len(a)) > 3:\n    print(n)\n```",
      }),
      roundQuestion(1, outputQuestion(), {
        status: "answered",
        answerText: "2\na",
        correct: true,
        ticked: [],
        score: 1,
      }),
      roundQuestion(2, choiceQuestion(), { status: "skipped", ticked: [], score: 0 }),
      roundQuestion(
        3,
        questionDetail({ id: "design-cache", title: "Design a cache", kind: "design" }),
        {
          status: "answered",
          answerText: "An LRU in front of the database.",
        },
      ),
    ],
  });
}

describe("RoundScoring", () => {
  it("shows each answer beside the model answer and how the app scored the rest", async () => {
    mockCommands({ round: () => scoringRound() });
    render(RoundScoring, { id: 7, navigate: vi.fn() });

    const items = await screen.findAllByTestId("scoring-question");
    expect(items.map((i) => i.dataset.position)).toEqual(["0", "1", "2", "3"]);

    const first = within(items[0]);
    expect(first.getByTestId("user-answer").textContent).toContain("It assigns and returns.");
    // A fenced block shows as code.
    expect(first.getByTestId("user-answer").querySelector("pre")?.textContent).toBe(
      "if (n := len(a)) > 3:\n    print(n)",
    );
    expect(first.getByTestId("model-answer").textContent).toContain("assigns inside");
    expect(first.getAllByTestId("key-point-checkbox")).toHaveLength(3);

    expect(within(items[1]).getByTestId("auto-score").textContent).toContain(
      "Scored by the app: right",
    );
    expect(within(items[1]).getByTestId("model-answer").textContent).toContain("2\na");
    expect(within(items[2]).getByTestId("auto-score").textContent).toContain(
      "Scored by the app: skipped",
    );
    expect(within(items[1]).queryByTestId("key-point-checkbox")).toBeNull();
  });

  it("saves each tick and shows the live score", async () => {
    const calls = mockCommands({ round: () => scoringRound(), score_round_question: () => null });
    render(RoundScoring, { id: 7, navigate: vi.fn() });
    const item = within((await screen.findAllByTestId("scoring-question"))[0]);
    const boxes = item.getAllByTestId("key-point-checkbox") as HTMLInputElement[];
    expect(boxes.map((b) => b.dataset.index)).toEqual(["0", "1", "2"]);

    await fireEvent.click(boxes[0]);
    await fireEvent.click(boxes[2]);
    expect(item.getByTestId("live-score").textContent).toContain("2 of 3 key points covered · 67%");
    expect(item.getByTestId("question-score").textContent).toBe("67%");

    await fireEvent.click(boxes[0]);
    expect(item.getByTestId("live-score").textContent).toContain("1 of 3 key points covered · 33%");
    expect(boxes.map((b) => b.checked)).toEqual([false, false, true]);

    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === "score_round_question").map((c) => c.args)).toEqual([
        { id: 7, position: 0, ticked: [0] },
        { id: 7, position: 0, ticked: [0, 2] },
        { id: 7, position: 0, ticked: [2] },
      ]),
    );
    // Running score over the whole round: (1/3 + 1 + 0 + 0) / 4.
    expect(screen.getByTestId("running-score").textContent).toBe("33%");
  });

  it("asks before scoring untouched answers as 0, then completes the round", async () => {
    const navigate = vi.fn();
    const calls = mockCommands({
      round: () => scoringRound(),
      score_round_question: () => null,
      complete_round: () => roundResults(),
    });
    render(RoundScoring, { id: 7, navigate });
    const items = await screen.findAllByTestId("scoring-question");
    await fireEvent.click(within(items[0]).getAllByTestId("key-point-checkbox")[1]);

    await fireEvent.click(screen.getByTestId("complete-scoring"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog.textContent).toContain("Design a cache");
    expect(dialog.textContent).not.toContain("walrus");
    expect(calls.some((c) => c.cmd === "complete_round")).toBe(false);

    await fireEvent.click(screen.getByTestId("complete-scoring-confirm"));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/results"));
    const scored = calls.filter((c) => c.cmd === "score_round_question").map((c) => c.args);
    expect(scored).toEqual([
      { id: 7, position: 0, ticked: [1] },
      { id: 7, position: 3, ticked: [] },
    ]);
    expect(calls.at(-1)).toEqual({ cmd: "complete_round", args: { id: 7 } });
  });

  it("lets the app score what it can when time ran out", async () => {
    const ranOut = scoringRound();
    ranOut.questions[1] = { ...ranOut.questions[1], score: null, ticked: null };
    const calls = mockCommands({ round: () => ranOut, finish_round: () => scoringRound() });
    render(RoundScoring, { id: 7, navigate: vi.fn() });
    await screen.findAllByTestId("scoring-question");
    expect(calls.map((c) => c.cmd)).toEqual(["round", "finish_round"]);
  });
});
