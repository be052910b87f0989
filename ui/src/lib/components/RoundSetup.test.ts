import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { ipcError, mockCommands, moduleSummary } from "$lib/test/fixtures";
import { round, roundPreset, roundSummary } from "$lib/test/rounds";
import RoundSetup from "./RoundSetup.svelte";

const presets = [
  roundPreset(),
  roundPreset({
    role: "Solutions Architect",
    questions: 8,
    minutes: 60,
    difficulties: ["senior", "principal"],
    modules: [],
    available: 0,
  }),
];

const modules = [
  moduleSummary(),
  moduleSummary({ slug: "02-data-structures", order: 2, title: "Data Structures" }),
  moduleSummary({ slug: "16-aws", order: 16, title: "AWS", questionCount: 0 }),
];

function setup(handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const navigate = vi.fn();
  const calls = mockCommands({
    round_presets: () => presets,
    list_modules: () => modules,
    round_history: () => [],
    active_round: () => null,
    start_round: () => round({ id: 12 }),
    ...handlers,
  });
  render(RoundSetup, { navigate });
  return { navigate, calls };
}

describe("RoundSetup", () => {
  it("shows the presets and disables the ones with no questions yet", async () => {
    setup();
    const cards = (await screen.findAllByTestId("preset-card")) as HTMLButtonElement[];
    expect(cards.map((c) => c.dataset.role)).toEqual(["Python Developer", "Solutions Architect"]);

    const ready = cards[0];
    expect(ready.disabled).toBe(false);
    expect(ready.textContent).toContain("10 questions");
    expect(ready.textContent).toContain("30 min");
    expect(ready.textContent).toContain("Junior–Mid");
    expect(ready.textContent).toContain("Python Fundamentals · Data Structures · OOP Concepts");
    expect(ready.textContent).toContain("+1 more");

    const soon = cards[1];
    expect(soon.disabled).toBe(true);
    expect(within(soon).getByTestId("preset-unavailable").textContent).toContain("Coming soon");
    expect(soon.textContent).toContain("still being written");
    await fireEvent.click(soon);
    expect(screen.queryByTestId("round-start")).toBeNull();
  });

  it("starts a preset round in the chosen mode", async () => {
    const { navigate, calls } = setup();
    await fireEvent.click((await screen.findAllByTestId("preset-card"))[0]);
    const practice = screen
      .getAllByTestId("preset-mode")
      .find((m) => m.dataset.value === "practice") as HTMLInputElement;
    await fireEvent.click(practice);
    await fireEvent.click(screen.getByTestId("round-start"));

    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/12"));
    expect(calls.find((c) => c.cmd === "start_round")?.args).toEqual({
      config: {
        preset: "Python Developer",
        modules: [],
        difficulties: ["junior", "mid"],
        kinds: [],
        questions: 10,
        minutes: 30,
        mode: "practice",
        hideDifficulty: false,
        seed: null,
      },
    });
  });

  it("builds a custom round and shows the engine's refusal inline", async () => {
    const { calls, navigate } = setup({
      start_round: () => {
        throw ipcError(
          "invalid_input",
          "no question fits this set-up yet: widen the modules, difficulties or kinds",
        );
      },
    });
    // Only modules with questions are offered.
    const boxes = await screen.findAllByTestId("custom-module");
    const form = screen.getByTestId("custom-round");
    expect(form.contains(boxes[0])).toBe(true);
    expect(boxes.map((b) => b.dataset.slug)).toEqual(["fundamentals", "02-data-structures"]);

    await fireEvent.click(screen.getByTestId("custom-start"));
    expect(screen.getByTestId("custom-error").textContent).toContain("Pick at least one module.");
    expect(calls.some((c) => c.cmd === "start_round")).toBe(false);

    await fireEvent.click(boxes[1]);
    const difficulty = (value: string) =>
      within(form)
        .getAllByTestId("custom-difficulty")
        .find((d) => d.dataset.value === value) as HTMLInputElement;
    await fireEvent.click(difficulty("junior"));
    await fireEvent.click(difficulty("senior"));
    await fireEvent.click(
      within(form)
        .getAllByTestId("custom-kind")
        .find((k) => k.dataset.value === "output") as HTMLInputElement,
    );
    await fireEvent.input(screen.getByTestId("custom-questions"), { target: { value: "5" } });
    await fireEvent.input(screen.getByTestId("custom-minutes"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("custom-hide-difficulty"));
    const mode = screen.getByTestId("custom-mode") as HTMLSelectElement;
    mode.value = "practice";
    await fireEvent.change(mode);
    await fireEvent.input(screen.getByTestId("custom-seed"), { target: { value: "42" } });
    await fireEvent.click(screen.getByTestId("custom-start"));

    await waitFor(() =>
      expect(screen.getByTestId("custom-error").textContent).toContain(
        "No question fits this set-up yet: widen the modules, difficulties or kinds.",
      ),
    );
    expect(calls.find((c) => c.cmd === "start_round")?.args).toEqual({
      config: {
        preset: null,
        modules: ["02-data-structures"],
        difficulties: ["mid", "senior"],
        kinds: ["output"],
        questions: 5,
        minutes: 12,
        mode: "practice",
        hideDifficulty: true,
        seed: 42,
      },
    });
    expect(navigate).not.toHaveBeenCalled();
  });

  it("lists past rounds, each opening where it stands, and says when there are none", async () => {
    setup({
      round_history: () => [
        roundSummary({ id: 9, stage: "answering", score: null }),
        roundSummary({ id: 8, stage: "scoring", score: null }),
        roundSummary({ id: 7, stage: "done", score: 0.67 }),
      ],
    });
    const rows = await screen.findAllByTestId("round-history-row");
    expect(rows.map((r) => [r.dataset.id, r.getAttribute("href")])).toEqual([
      ["9", "/rounds/9"],
      ["8", "/rounds/8/score"],
      ["7", "/rounds/7/results"],
    ]);
    expect(rows[0].textContent).toContain("In progress");
    expect(rows[1].textContent).toContain("To score");
    expect(rows[2].textContent).toContain("67%");
    expect(rows[2].textContent).toContain("22m 05s");
    expect(screen.queryByTestId("round-history-empty")).toBeNull();
  });

  it("shows an empty history", async () => {
    setup();
    expect((await screen.findByTestId("round-history-empty")).textContent).toContain(
      "No rounds yet",
    );
  });
});
