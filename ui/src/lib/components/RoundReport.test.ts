import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { mockCommands } from "$lib/test/fixtures";
import { round, roundResults } from "$lib/test/rounds";
import RoundReport from "./RoundReport.svelte";

const done = () =>
  round({
    stage: "done",
    questions: round().questions.map((q, i) => ({
      ...q,
      status: "answered" as const,
      ticked: [],
      score: [0.33, 1, 0][i],
    })),
  });

describe("RoundReport", () => {
  it("shows the score, time, breakdowns and what to revisit", async () => {
    mockCommands({ round: done, round_results: () => roundResults() });
    render(RoundReport, { id: 7, navigate: vi.fn() });

    expect((await screen.findByTestId("results-score")).textContent).toBe("67%");
    expect(screen.getByTestId("results-time").textContent).toBe("22m 05s");

    const modules = within(screen.getByTestId("results-by-module")).getAllByTestId("score-bar");
    expect(modules.map((m) => m.dataset.label)).toEqual(["Python Fundamentals", "Data Structures"]);
    expect(modules[0].textContent).toContain("80%");
    expect(modules[0].textContent).toContain("6 questions");
    expect(modules[1].querySelector("[role=meter]")?.getAttribute("aria-valuenow")).toBe("48");

    const levels = within(screen.getByTestId("results-by-difficulty")).getAllByTestId("score-bar");
    expect(levels.map((l) => l.textContent?.trim().split(/\s+/)[0])).toEqual(["Junior", "Mid"]);
    expect(levels[1].textContent).toContain("44%");

    const revisit = within(screen.getByTestId("results-revisit")).getAllByRole("link");
    expect(revisit).toHaveLength(1);
    expect(revisit[0].getAttribute("href")).toBe("/questions/fund-walrus");
    expect(revisit[0].textContent).toContain("33%");

    expect(screen.getByText("Review now").closest("a")?.getAttribute("href")).toBe("/review");
    expect(screen.getByText("New round").closest("a")?.getAttribute("href")).toBe("/rounds");

    // Every question, read-only and collapsed.
    const answers = screen.getAllByTestId("results-question") as HTMLDetailsElement[];
    expect(answers).toHaveLength(3);
    expect(answers.every((a) => !a.open)).toBe(true);
    expect(answers[1].textContent).toContain("100%");
  });

  it("says honestly that a first round has nothing to compare with", async () => {
    mockCommands({ round: done, round_results: () => roundResults({ previous: [] }) });
    render(RoundReport, { id: 7, navigate: vi.fn() });
    const previous = await screen.findByTestId("results-previous");
    expect(previous.textContent).toContain("Your first Python Developer round");
    expect(within(previous).queryByTestId("results-delta")).toBeNull();
    expect(previous.querySelectorAll("li")).toHaveLength(0);
  });

  it("compares with earlier rounds of the same preset", async () => {
    mockCommands({
      round: done,
      round_results: () =>
        roundResults({
          previous: [
            { id: 2, startedAt: "2025-11-01T10:00:00+00:00", score: 0.4 },
            { id: 5, startedAt: "2025-11-10T10:00:00+00:00", score: 0.55 },
          ],
        }),
    });
    render(RoundReport, { id: 7, navigate: vi.fn() });
    const previous = await screen.findByTestId("results-previous");
    expect(within(previous).getByTestId("results-delta").textContent).toContain(
      "+12 points since your last Python Developer round",
    );
    // Two earlier rounds and this one.
    expect(previous.querySelectorAll("li")).toHaveLength(3);
  });

  it("sends a round still being scored to its scoring page", async () => {
    const navigate = vi.fn();
    mockCommands({ round: () => round({ stage: "scoring" }) });
    render(RoundReport, { id: 7, navigate });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith("/rounds/7/score", true));
  });
});
