import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { mockCommands } from "$lib/test/fixtures";
import { round } from "$lib/test/rounds";
import ResumeBanner from "./ResumeBanner.svelte";

describe("ResumeBanner", () => {
  it("offers to resume the round in progress, with the minutes left", async () => {
    const calls = mockCommands({
      active_round: () => 7,
      round: () => round({ timeLeftMs: 11 * 60_000 + 20_000 }),
    });
    render(ResumeBanner);
    const banner = await screen.findByTestId("resume-banner");
    expect(banner.textContent).toContain("You have a round in progress — 12 min left");
    expect(screen.getByTestId("resume-round").getAttribute("href")).toBe("/rounds/7");
    expect(calls.map((c) => c.cmd)).toEqual(["active_round", "round"]);
  });

  it("shows nothing when no round is being answered", async () => {
    const calls = mockCommands({ active_round: () => null });
    render(ResumeBanner);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.map((c) => c.cmd)).toEqual(["active_round"]);
    expect(screen.queryByTestId("resume-banner")).toBeNull();
  });
});
