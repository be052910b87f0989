import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Round } from "$lib/bindings";
import { toasts } from "$lib/app.svelte";
import { type Call, mockCommands } from "$lib/test/fixtures";
import { round, tick } from "$lib/test/rounds";
import RoundSession from "./RoundSession.svelte";

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

const changes = (calls: Call[]) =>
  calls.filter((c) => c.cmd === "update_round").map((c) => c.args.change);

function setup(
  loaded: Round = round(),
  options: Partial<{ debounceMs: number; tickMs: number; frameMs: number }> = {},
  handlers: Record<string, (args: Record<string, unknown>) => unknown> = {},
) {
  const clock = fakeClock();
  const navigate = vi.fn();
  const calls = mockCommands({
    resume_round: () => loaded,
    update_round: () => tick(),
    finish_round: () => ({ ...loaded, stage: "scoring" }),
    ...handlers,
  });
  render(RoundSession, {
    id: loaded.id,
    clock: clock.read,
    navigate,
    debounceMs: options.debounceMs ?? 20,
    tickMs: options.tickMs ?? 60_000,
    frameMs: options.frameMs ?? 10,
  });
  return { clock, navigate, calls };
}

describe("RoundSession: answering", () => {
  it("resumes the round and shows the question, clock and strip", async () => {
    const { calls } = setup(round({ current: 1 }));
    expect((await screen.findByTestId("round-question-title")).textContent).toBe(
      "What does this print?",
    );
    expect(calls[0]).toEqual({ cmd: "resume_round", args: { id: 7 } });
    expect(screen.getByTestId("round-countdown").textContent).toBe("25:00");
    expect(screen.getByTestId("round-countdown").dataset.warning).toBe("false");
    expect(screen.getByTestId("round-question-time").textContent).toBe("0:00");
    expect(screen.getByTestId("round-output-input")).toBeTruthy();
    expect(
      screen.getAllByTestId("round-strip-item").map((i) => i.getAttribute("aria-current")),
    ).toEqual([null, "step", null]);
    expect(document.querySelector(".difficulty")?.textContent).toContain("Mid");
  });

  it("saves a typed answer once the typing pauses", async () => {
    const { calls } = setup();
    const input = (await screen.findByTestId("round-answer-input")) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(input);

    await fireEvent.input(input, { target: { value: "It" } });
    await fireEvent.input(input, { target: { value: "It assigns" } });
    await fireEvent.input(input, { target: { value: "It assigns inside an expression" } });
    expect(changes(calls)).toEqual([]);
    // The strip shows the answer at once, before it is saved.
    expect(screen.getAllByTestId("round-strip-item")[0].dataset.status).toBe("answered");

    await waitFor(() => expect(changes(calls)).toHaveLength(1));
    expect(changes(calls)[0]).toEqual({
      kind: "answer",
      position: 0,
      text: "It assigns inside an expression",
    });
    expect(calls.at(-1)?.args.id).toBe(7);
    await waitFor(() => expect(document.body.textContent).toContain("Saved"));
  });

  it("moves with the keyboard, saving the pending text first", async () => {
    const { calls } = setup(round(), { debounceMs: 10_000 });
    const input = await screen.findByTestId("round-answer-input");
    await fireEvent.input(input, { target: { value: "Assignment inside an expression" } });

    // Ctrl+Enter works from inside the answer box.
    await fireEvent.keyDown(input, { key: "Enter", ctrlKey: true });
    await waitFor(() =>
      expect(screen.getByTestId("round-question-title").textContent).toBe("What does this print?"),
    );
    await waitFor(() =>
      expect(changes(calls)).toEqual([
        { kind: "answer", position: 0, text: "Assignment inside an expression" },
        { kind: "open", position: 1 },
      ]),
    );

    await key("ArrowRight", { altKey: true });
    await screen.findAllByTestId("round-choice-option");
    // The last question: Next stops here, Finish is the way on.
    expect((screen.getByTestId("round-next") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("round-finish").classList.contains("btn-primary")).toBe(true);

    await key("ArrowLeft", { altKey: true });
    await key("ArrowLeft", { altKey: true });
    const back = (await screen.findByTestId("round-answer-input")) as HTMLTextAreaElement;
    expect(back.value).toBe("Assignment inside an expression");
    await waitFor(() =>
      expect(changes(calls).slice(2)).toEqual([
        { kind: "open", position: 2 },
        { kind: "open", position: 1 },
        { kind: "open", position: 0 },
      ]),
    );
    // Nothing before the first question.
    expect((screen.getByTestId("round-prev") as HTMLButtonElement).disabled).toBe(true);
  });

  it("flags with Ctrl+F and skips with Ctrl+S", async () => {
    const { calls } = setup();
    const input = await screen.findByTestId("round-answer-input");
    await fireEvent.keyDown(input, { key: "f", ctrlKey: true });
    expect(screen.getByTestId("round-flag").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getAllByTestId("round-strip-item")[0].dataset.flagged).toBe("true");

    await fireEvent.keyDown(input, { key: "s", ctrlKey: true });
    await waitFor(() =>
      expect(screen.getByTestId("round-question-title").textContent).toBe("What does this print?"),
    );
    const items = screen.getAllByTestId("round-strip-item");
    expect(items[0].dataset.status).toBe("skipped");
    await waitFor(() =>
      expect(changes(calls)).toEqual([
        { kind: "flag", position: 0, flagged: true },
        { kind: "skip", position: 0 },
        { kind: "open", position: 1 },
      ]),
    );
  });

  it("picks choice options with number keys", async () => {
    const { calls } = setup(round({ current: 2 }));
    await screen.findAllByTestId("round-choice-option");
    await key("2");
    await key("3");
    await key("2");
    const options = screen.getAllByTestId("round-choice-option");
    expect(options.map((o) => o.dataset.picked)).toEqual(["false", "false", "true", "false"]);
    await waitFor(() =>
      expect(changes(calls)).toEqual([
        { kind: "choose", position: 2, selected: [1] },
        { kind: "choose", position: 2, selected: [1, 2] },
        { kind: "choose", position: 2, selected: [2] },
      ]),
    );
    expect(screen.getAllByRole("checkbox")).toHaveLength(4);
  });

  it("hides the difficulty when the round says so", async () => {
    setup(round({ hideDifficulty: true }));
    await screen.findByTestId("round-question-title");
    expect(document.querySelector(".difficulty")).toBeNull();
  });
});

describe("RoundSession: never losing typing", () => {
  it("saves at once when the window is hidden, with the clock", async () => {
    const { calls } = setup(round(), { debounceMs: 10_000 });
    const input = await screen.findByTestId("round-answer-input");
    await fireEvent.input(input, { target: { value: "Half an answer" } });
    Object.defineProperty(document, "visibilityState", { configurable: true, value: "hidden" });
    try {
      document.dispatchEvent(new Event("visibilitychange"));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    await waitFor(() =>
      expect(changes(calls)).toEqual([
        { kind: "answer", position: 0, text: "Half an answer" },
        { kind: "tick" },
      ]),
    );
  });

  it("saves when the page is unloading or the screen is left", async () => {
    const clock = fakeClock();
    const calls = mockCommands({ resume_round: () => round(), update_round: () => tick() });
    const view = render(RoundSession, {
      id: 7,
      clock: clock.read,
      navigate: vi.fn(),
      debounceMs: 10_000,
      tickMs: 60_000,
    });
    const input = await screen.findByTestId("round-answer-input");
    await fireEvent.input(input, { target: { value: "Before closing" } });
    window.dispatchEvent(new Event("beforeunload"));
    await waitFor(() =>
      expect(changes(calls)[0]).toEqual({ kind: "answer", position: 0, text: "Before closing" }),
    );

    await fireEvent.input(screen.getByTestId("round-answer-input"), {
      target: { value: "Before closing, and leaving" },
    });
    view.unmount();
    await waitFor(() =>
      expect(changes(calls).at(-1)).toEqual({
        kind: "answer",
        position: 0,
        text: "Before closing, and leaving",
      }),
    );
  });
});

describe("RoundSession: the clock", () => {
  it("counts down locally, warns near the end and re-syncs on every tick", async () => {
    const shown = round({ timeLimitMs: 30 * 60_000, timeLeftMs: 2 * 60_000 + 3_000 });
    const { clock } = setup(
      shown,
      { tickMs: 40 },
      { update_round: () => tick({ timeLeftMs: 90_000 }) },
    );
    const countdown = await screen.findByTestId("round-countdown");
    expect(countdown.textContent).toBe("2:03");
    expect(countdown.dataset.warning).toBe("false");

    clock.advance(1_000);
    await waitFor(() => expect(countdown.textContent).toBe("2:02"));
    expect(screen.getByTestId("round-question-time").textContent).toBe("0:01");

    // The next tick brings the engine's time: 1:30, inside the last two minutes.
    await waitFor(() => expect(countdown.textContent).toBe("1:30"));
    expect(countdown.dataset.warning).toBe("true");
    await waitFor(() =>
      expect(toasts.items.some((t) => t.message === "2 minutes left")).toBe(true),
    );
  });

  it("goes to scoring when a tick says time is up", async () => {
    const { navigate, calls } = setup(
      round(),
      { tickMs: 30 },
      { update_round: () => tick({ timeLeftMs: 0, stage: "scoring" }) },
    );
    await screen.findByTestId("round-question-title");
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/score"));
    expect(calls.filter((c) => c.cmd === "finish_round")).toHaveLength(1);
  });

  it("finishes by itself when the local countdown reaches zero", async () => {
    const { clock, navigate, calls } = setup(round({ timeLeftMs: 5_000 }));
    await screen.findByTestId("round-question-title");
    clock.advance(5_000);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/score"));
    expect(screen.getByTestId("round-countdown").textContent).toBe("0:00");
    expect(calls.filter((c) => c.cmd === "finish_round")).toHaveLength(1);
  });
});

describe("RoundSession: finishing", () => {
  it("warns about unanswered questions, saves the last text, then finishes", async () => {
    const { calls, navigate } = setup(round(), { debounceMs: 10_000 });
    const input = await screen.findByTestId("round-answer-input");
    await fireEvent.input(input, { target: { value: "An assignment expression" } });

    await fireEvent.click(screen.getByTestId("round-finish"));
    const warning = await screen.findByTestId("finish-warning");
    expect(warning.textContent?.replace(/\s+/g, " ")).toContain(
      "2 questions have no answer. They will score 0%.",
    );
    const confirm = screen.getByTestId("round-finish-confirm");
    expect(document.activeElement).toBe(confirm);

    await fireEvent.click(confirm);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/score"));
    const order = calls.map((c) => c.cmd);
    expect(order.indexOf("update_round")).toBeLessThan(order.indexOf("finish_round"));
    expect(changes(calls)).toEqual([
      { kind: "answer", position: 0, text: "An assignment expression" },
    ]);
  });

  it("offers to finish with Ctrl+Enter on the last question", async () => {
    setup(round({ current: 2 }));
    await screen.findAllByTestId("round-choice-option");
    await key("Enter", { ctrlKey: true });
    expect(await screen.findByTestId("round-finish-confirm")).toBeTruthy();
    // Keys do not reach the round behind the dialog.
    await key("1");
    expect(screen.getAllByTestId("round-choice-option")[0].dataset.picked).toBe("false");
  });

  it("sends a stage other than answering straight to the right page", async () => {
    const { navigate } = setup(round({ stage: "done" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/results", true));
  });
});

describe("RoundSession: practice mode", () => {
  it("shows the verdict and the model answer after Check", async () => {
    setup(
      round({ mode: "practice", current: 1 }),
      {},
      {
        update_round: (args) =>
          tick({ correct: (args.change as { kind: string }).kind === "answer" ? false : null }),
      },
    );
    const input = await screen.findByTestId("round-output-input");
    expect(screen.queryByTestId("round-model-answer")).toBeNull();
    await fireEvent.input(input, { target: { value: "3" } });

    // Next on an answered question checks it first.
    await fireEvent.click(screen.getByTestId("round-next"));
    const model = await screen.findByTestId("round-model-answer");
    expect(model.textContent).toContain("Integers add");
    expect(screen.getByTestId("round-verdict").dataset.correct).toBe("false");
    expect((screen.getByTestId("round-output-input") as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.getByTestId("round-question-title").textContent).toBe("What does this print?");
  });

  it("never shows answers in interview mode", async () => {
    setup(round({ current: 1 }));
    const input = await screen.findByTestId("round-output-input");
    await fireEvent.input(input, { target: { value: "3" } });
    expect(screen.queryByTestId("round-check")).toBeNull();
    await fireEvent.click(screen.getByTestId("round-next"));
    await screen.findAllByTestId("round-choice-option");
    expect(screen.queryByTestId("round-model-answer")).toBeNull();
  });
});
