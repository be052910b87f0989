import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import * as api from "./api";
import { ApiError } from "./api";
import { counts, ipcError, mockCommands, moduleSummary } from "./test/fixtures";

describe("api", () => {
  it("returns the data of a successful command", async () => {
    mockCommands({ list_modules: () => [moduleSummary()] });
    await expect(api.listModules()).resolves.toEqual([moduleSummary()]);
  });

  it("passes arguments under their camelCase names", async () => {
    const calls = mockCommands({
      answer: () => null,
      check_answer: () => ({
        correct: true,
        suggested: "good",
        expectedOutput: "2",
        correctOptions: [],
      }),
    });
    await api.answer("fund-walrus", "hard", 1234);
    await api.checkAnswer("fund-print", { kind: "output", text: "2" });
    expect(calls).toEqual([
      {
        cmd: "answer",
        args: { questionId: "fund-walrus", grade: "hard", durationMs: 1234, scope: "today" },
      },
      {
        cmd: "check_answer",
        args: { questionId: "fund-print", response: { kind: "output", text: "2" } },
      },
    ]);
  });

  it("throws an ApiError with the engine's kind and message", async () => {
    mockCommands({
      set_settings: () => {
        throw ipcError("invalid_input", "desired retention must be between 0.70 and 0.99");
      },
    });
    const error = await api
      .setSettings({
        theme: "dark",
        newPerDay: 10,
        reviewsPerDay: 100,
        desiredRetention: 0.5,
        rolloverHour: 4,
        targetRole: null,
        interviewDate: null,
        pythonPath: null,
        alwaysUsePython: false,
        checkForUpdates: false,
        dailyMinutes: null,
        newQuestionsDaysEarly: 0,
        excludedModules: [],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect((error as ApiError).kind).toBe("invalid_input");
    expect((error as ApiError).message).toBe("desired retention must be between 0.70 and 0.99");
    expect((error as ApiError).isStartupError).toBe(false);
  });

  it("turns a bare string rejection into an internal error", async () => {
    mockIPC(() => {
      throw "command undo not found";
    });
    await expect(api.undo()).rejects.toMatchObject({
      kind: "internal",
      message: "command undo not found",
    });
  });

  it("turns a thrown exception into an internal error", async () => {
    mockIPC(() => {
      throw new TypeError("bridge missing");
    });
    await expect(api.queueCounts()).rejects.toMatchObject({
      name: "ApiError",
      kind: "internal",
      message: "bridge missing",
    });
  });

  it("tells startup listeners when the engine could not open", async () => {
    mockCommands({
      queue_counts: () => {
        throw ipcError("newer_database", "written by a newer version of Pyprep");
      },
    });
    const listener = vi.fn();
    const stop = api.onStartupError(listener);
    await expect(api.queueCounts()).rejects.toMatchObject({ kind: "newer_database" });
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0]).toMatchObject({
      kind: "newer_database",
      isStartupError: true,
    });
  });

  it("does not call startup listeners for ordinary errors", async () => {
    mockCommands({
      undo: () => {
        throw ipcError("nothing_to_undo", "there is no answer to undo");
      },
    });
    const listener = vi.fn();
    const stop = api.onStartupError(listener);
    await expect(api.undo()).rejects.toMatchObject({ kind: "nothing_to_undo" });
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it("unwraps about and passes its errors on", async () => {
    const info = { appVersion: "0.1.0", dataDir: "/tmp/pyprep" };
    mockCommands({ about: () => info });
    await expect(api.about()).resolves.toEqual(info);
    mockCommands({
      about: () => {
        throw ipcError("database_unavailable", "the database is not open");
      },
    });
    await expect(api.about()).rejects.toMatchObject({ kind: "database_unavailable" });
  });

  it("returns null from answer when the session is done", async () => {
    mockCommands({ answer: () => null, queue_counts: () => counts() });
    await expect(api.answer("q", "good", 10)).resolves.toBeNull();
  });
});
