import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { About } from "$lib/api";
import { toasts } from "$lib/app.svelte";
import { ipcError, mockCommands } from "$lib/test/fixtures";
import AboutSettings from "./AboutSettings.svelte";

const about: About = {
  appVersion: "3.2.1",
  bankVersion: "1.4.0",
  questionCount: 587,
  moduleCount: 25,
  schemaVersion: 9,
  dataDir: "/home/ada/.local/share/dev.pyprep.app",
};

beforeEach(() => {
  const empty = new Response(JSON.stringify({ groups: [] }), { status: 200 });
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => empty),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("AboutSettings", () => {
  it("shows the versions, the bank and the data folder, and opens the folder", async () => {
    const calls = mockCommands({ about: () => about, open_data_folder: () => null });
    render(AboutSettings);
    await waitFor(() => expect(screen.getByTestId("about-version").textContent).toBe("3.2.1"));
    expect(screen.getByTestId("about-bank-version").textContent).toBe("1.4.0");
    expect(screen.getByTestId("about-question-count").textContent).toBe("587 questions");
    expect(screen.getByTestId("about-bank").textContent).toContain("in 25 modules");
    expect(screen.getByTestId("about-schema").textContent?.trim()).toBe("version 9");
    expect(screen.getByTestId("about-data-dir").textContent).toBe(about.dataDir);
    await fireEvent.click(screen.getByTestId("about-open-folder"));
    expect(calls.map((call) => call.cmd)).toEqual(["about", "open_data_folder"]);
  });

  it("says why the details are missing and offers no folder to open", async () => {
    mockCommands({
      about: () => {
        throw ipcError("database_unavailable", "the database is not open");
      },
    });
    render(AboutSettings);
    expect((await screen.findByTestId("about-error")).textContent).toContain(
      "the database is not open",
    );
    expect(screen.getByTestId("about-version").textContent).toBe("–");
    expect(screen.queryByTestId("about-open-folder")).toBeNull();
  });

  it("tells when the folder could not be opened", async () => {
    mockCommands({
      about: () => about,
      open_data_folder: () => {
        throw ipcError("internal", "Could not open the data folder: no file manager");
      },
    });
    render(AboutSettings);
    await fireEvent.click(await screen.findByTestId("about-open-folder"));
    await waitFor(() =>
      expect(toasts.items.at(-1)).toMatchObject({
        message: "Could not open the data folder: no file manager",
        tone: "error",
      }),
    );
  });
});
