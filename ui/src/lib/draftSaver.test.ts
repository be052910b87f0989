import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, type SaveState } from "./draftSaver";

describe("DraftSaver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("keeps the text when a save fails (a full disk) and saves it on the retry", async () => {
    const saved: string[] = [];
    let diskFull = true;
    const states: SaveState[] = [];
    const saver = new DraftSaver(
      async (text) => {
        if (diskFull) throw new Error("the disk is full, so nothing was saved");
        saved.push(text);
      },
      (state) => states.push(state),
      100,
    );
    saver.schedule("def add(a, b):");
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toBe("failed");
    expect(saved).toEqual([]);

    diskFull = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(saved).toEqual(["def add(a, b):"]);
    expect(states.at(-1)).toBe("saved");
  });

  it("retries with the newest text when the user typed on after a failure", async () => {
    const saved: string[] = [];
    let failing = true;
    const saver = new DraftSaver(
      async (text) => {
        if (failing) throw new Error("read-only");
        saved.push(text);
      },
      () => {},
      100,
    );
    saver.schedule("first");
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule("first and more");
    failing = false;
    await saver.flush();
    expect(saved).toEqual(["first and more"]);
  });
});
