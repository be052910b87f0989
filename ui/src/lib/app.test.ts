import { describe, expect, it, vi } from "vitest";
import * as api from "./api";
import { app, toasts } from "./app.svelte";
import { counts, ipcError, mockCommands } from "./test/fixtures";

describe("app state", () => {
  it("records a startup error from any command, for the layout to show", async () => {
    mockCommands({
      list_modules: () => {
        throw ipcError("corrupt_database", "pyprep.sqlite3 is not a readable Pyprep database");
      },
    });
    await expect(api.listModules()).rejects.toMatchObject({ kind: "corrupt_database" });
    expect(app.startupError?.kind).toBe("corrupt_database");
    expect(app.startupError?.message).toContain("not a readable");
    app.startupError = null;
  });

  it("refreshes today's counts for the review badge", async () => {
    mockCommands({ queue_counts: () => counts({ due: 4, new: 3, learning: 1 }) });
    await app.refreshCounts();
    expect(app.remaining).toBe(8);
  });

  it("keeps the last counts when a refresh fails", async () => {
    mockCommands({ queue_counts: () => counts({ due: 1, new: 0, learning: 0 }) });
    await app.refreshCounts();
    mockCommands({
      queue_counts: () => {
        throw ipcError("database", "disk I/O error");
      },
    });
    await app.refreshCounts();
    expect(app.remaining).toBe(1);
  });

  it("shows toasts and lets them expire", () => {
    vi.useFakeTimers();
    try {
      toasts.show("Saved", "success", 1000);
      expect(toasts.items.at(-1)).toMatchObject({ message: "Saved", tone: "success" });
      vi.advanceTimersByTime(1001);
      expect(toasts.items.find((t) => t.message === "Saved")).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
