import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { ipcError, mockCommands } from "$lib/test/fixtures";
import UpdateSettings from "./UpdateSettings.svelte";

const onsave = () => vi.fn(async () => {});

describe("UpdateSettings", () => {
  it("is off by default with Check now disabled, and saves when switched on", async () => {
    const save = onsave();
    render(UpdateSettings, { enabled: false, onsave: save });
    const toggle = screen.getByTestId("settings-check-updates") as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect((screen.getByTestId("check-updates-now") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(toggle);
    expect(save).toHaveBeenCalledOnce();
    expect((screen.getByTestId("check-updates-now") as HTMLButtonElement).disabled).toBe(false);
  });

  it("offers a newer version to install", async () => {
    mockCommands({
      check_for_updates: () => ({ current: "0.1.0", available: "0.2.0", notes: null }),
    });
    render(UpdateSettings, { enabled: true, onsave: onsave() });
    await fireEvent.click(screen.getByTestId("check-updates-now"));
    expect((await screen.findByTestId("install-update")).textContent).toContain(
      "Install and restart",
    );
    expect(screen.getByTestId("update-status").textContent).toContain(
      "Pyprep 0.2.0 is available (you have 0.1.0).",
    );
  });

  it("says when the version is the newest, and shows why a check failed", async () => {
    mockCommands({ check_for_updates: () => ({ current: "0.1.0", available: null, notes: null }) });
    render(UpdateSettings, { enabled: true, onsave: onsave() });
    await fireEvent.click(screen.getByTestId("check-updates-now"));
    expect(await screen.findByText("Pyprep 0.1.0 is the newest version.")).toBeTruthy();
    expect(screen.queryByTestId("install-update")).toBeNull();

    mockCommands({
      check_for_updates: () => {
        throw ipcError("offline", "could not reach GitHub: you may be offline");
      },
    });
    await fireEvent.click(screen.getByTestId("check-updates-now"));
    expect(await screen.findByText("Could not reach GitHub: you may be offline.")).toBeTruthy();
  });
});
