import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import RoundStrip from "./RoundStrip.svelte";

describe("RoundStrip", () => {
  it("shows each question's status, flag and the current one, and jumps on click", async () => {
    const onjump = vi.fn();
    render(RoundStrip, {
      items: [
        { position: 0, status: "answered", flagged: false },
        { position: 1, status: "skipped", flagged: true },
        { position: 2, status: "unanswered", flagged: false },
        { position: 3, status: "answered", flagged: true },
      ],
      current: 2,
      onjump,
    });

    const strip = screen.getByTestId("round-strip");
    const items = screen.getAllByTestId("round-strip-item");
    expect(strip.contains(items[0])).toBe(true);
    expect(items.map((i) => i.dataset.position)).toEqual(["0", "1", "2", "3"]);
    expect(items.map((i) => i.dataset.status)).toEqual([
      "answered",
      "skipped",
      "unanswered",
      "answered",
    ]);
    expect(items.map((i) => i.dataset.flagged)).toEqual(["false", "true", "false", "true"]);
    expect(items.map((i) => i.getAttribute("aria-current"))).toEqual([null, null, "step", null]);
    expect(items.map((i) => i.textContent?.trim())).toEqual(["1", "2", "3", "4"]);
    expect(items[1].getAttribute("aria-label")).toBe("Question 2, skipped, flagged");
    expect(items[2].getAttribute("aria-label")).toBe("Question 3, not answered, current");
    expect(items[1].classList.contains("skipped")).toBe(true);
    expect(items[2].classList.contains("current")).toBe(true);

    await fireEvent.click(items[3]);
    expect(onjump).toHaveBeenCalledWith(3);
  });
});
