import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "$lib/api";
import { mockCommands } from "$lib/test/fixtures";
import StartupError from "./StartupError.svelte";

const BACKUP = {
  name: "pyprep-20261203-140500.sqlite3",
  createdAt: "2026-12-03T14:05:00+00:00",
  sizeBytes: 409600,
  reviews: 120,
};

describe("StartupError", () => {
  it("explains a newer database and shows the engine's message", () => {
    render(StartupError, {
      error: new ApiError("newer_database", "schema version 9; this version knows up to 1"),
      onrecovered: () => {},
    });
    const screenEl = screen.getByTestId("startup-error");
    expect(screenEl.textContent).toContain("newer Pyprep");
    expect(screenEl.textContent).toContain("schema version 9");
    expect(screenEl.textContent).not.toContain("Start fresh");
  });

  it("offers the newest backup for a damaged database, and restores it", async () => {
    const calls = mockCommands({ recover: () => null });
    const onrecovered = vi.fn();
    render(StartupError, {
      error: new ApiError("corrupt_database", "database disk image is malformed"),
      backup: BACKUP,
      onrecovered,
    });
    const restore = screen.getByTestId("recover-restore");
    expect(screen.getByTestId("startup-error").textContent).toContain("120 answers");
    await fireEvent.click(restore);
    await vi.waitFor(() => expect(onrecovered).toHaveBeenCalled());
    expect(calls).toEqual([{ cmd: "recover", args: { recovery: "restoreNewestBackup" } }]);
  });

  it("retries opening when the problem was the folder, and says if it still fails", async () => {
    mockCommands({
      reopen_database: () => ({ kind: "database", message: "the database can't be written" }),
    });
    const onrecovered = vi.fn();
    render(StartupError, {
      error: new ApiError("database", "the database can't be written"),
      onrecovered,
    });
    await fireEvent.click(screen.getByTestId("reopen-database"));
    const failure = await screen.findAllByRole("alert");
    expect(failure.at(-1)?.textContent).toContain("can't be written");
    expect(onrecovered).not.toHaveBeenCalled();
  });
});
