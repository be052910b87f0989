import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, ipcError, mockCommands } from "$lib/test/fixtures";
import SettingsForm from "./SettingsForm.svelte";

describe("SettingsForm", () => {
  it("shows the engine's validation message next to the changed field", async () => {
    const calls = mockCommands({
      set_settings: () => {
        throw ipcError("invalid_input", "desired retention must be between 0.70 and 0.99");
      },
    });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });

    const retention = screen.getByTestId("settings-retention") as HTMLInputElement;
    expect(retention.value).toBe("0.90");
    await fireEvent.input(retention, { target: { value: "0.5" } });
    await fireEvent.change(retention);

    const message = await screen.findByRole("alert");
    expect(message.textContent).toContain("Desired retention must be between 0.70 and 0.99.");
    expect(retention.getAttribute("aria-invalid")).toBe("true");
    expect(retention.getAttribute("aria-describedby")).toBe(message.id);
    expect(screen.queryByTestId("settings-saved")).toBeNull();
    expect(calls[0].args.settings).toMatchObject({ desiredRetention: 0.5, newPerDay: 10 });
  });

  it("saves a change and confirms it", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    const onsaved = vi.fn();
    render(SettingsForm, { initial: DEFAULT_SETTINGS, onsaved });

    const newPerDay = screen.getByTestId("settings-new-per-day");
    await fireEvent.input(newPerDay, { target: { value: "25" } });
    await fireEvent.change(newPerDay);

    expect(await screen.findByTestId("settings-saved")).toBeTruthy();
    expect(calls).toEqual([
      { cmd: "set_settings", args: { settings: { ...DEFAULT_SETTINGS, newPerDay: 25 } } },
    ]);
    expect(onsaved).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, newPerDay: 25 });
  });

  it("rejects a malformed number without asking the engine", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const rollover = screen.getByTestId("settings-rollover");
    await fireEvent.input(rollover, { target: { value: "" } });
    await fireEvent.change(rollover);
    expect((await screen.findByRole("alert")).textContent).toContain("Enter a number.");
    expect(calls).toHaveLength(0);
  });

  it("applies the theme at once and saves it", async () => {
    const calls = mockCommands({ set_settings: (args) => args.settings });
    render(SettingsForm, { initial: DEFAULT_SETTINGS });
    const theme = screen.getByTestId("settings-theme") as HTMLSelectElement;
    theme.value = "dark";
    await fireEvent.change(theme);
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(await screen.findByTestId("settings-saved")).toBeTruthy();
    expect(calls[0].args.settings).toMatchObject({ theme: "dark" });
  });
});
