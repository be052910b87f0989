import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, ipcError, mockCommands } from "$lib/test/fixtures";
import { roundPreset } from "$lib/test/rounds";
import WelcomeScreen from "./WelcomeScreen.svelte";

const ROLES = [
  roundPreset(),
  roundPreset({ role: "Data Engineer", difficulties: ["mid", "senior"] }),
  roundPreset({ role: "Staff Engineer", difficulties: ["senior", "principal"] }),
];

function welcome(finish: (args: Record<string, unknown>) => unknown = () => DEFAULT_SETTINGS) {
  const calls = mockCommands({ finish_welcome: finish });
  const ondone = vi.fn();
  render(WelcomeScreen, { roles: ROLES, ondone, today: "2026-03-02" });
  const choices = () => calls.filter((c) => c.cmd === "finish_welcome").map((c) => c.args.choice);
  return { ondone, choices };
}

function roleTile(name: string): HTMLInputElement {
  return screen.getByRole("radio", { name: new RegExp(name) }) as HTMLInputElement;
}

describe("WelcomeScreen", () => {
  it("offers every role with its levels, none picked, and no date before today", () => {
    welcome();
    const tiles = screen.getAllByTestId("welcome-role").map((tile) => tile.textContent?.trim());
    expect(tiles).toEqual([
      "Python Developer Junior to Mid",
      "Data Engineer Mid to Senior",
      "Staff Engineer Senior to Principal",
    ]);
    expect(ROLES.some((role) => roleTile(role.role).checked)).toBe(false);
    expect(screen.getByTestId("welcome-date").getAttribute("min")).toBe("2026-03-02");
  });

  it("starts with the role and date picked, then leads on", async () => {
    const { ondone, choices } = welcome();
    await fireEvent.click(roleTile("Data Engineer"));
    await fireEvent.input(screen.getByTestId("welcome-date"), { target: { value: "2026-04-15" } });
    await fireEvent.click(screen.getByTestId("welcome-start"));
    await vi.waitFor(() => expect(ondone).toHaveBeenCalledOnce());
    expect(choices()).toEqual([{ targetRole: "Data Engineer", interviewDate: "2026-04-15" }]);
  });

  it("can take a role back, for no particular role", async () => {
    const { choices } = welcome();
    await fireEvent.click(roleTile("Staff Engineer"));
    await fireEvent.click(screen.getByTestId("welcome-role-clear"));
    await fireEvent.click(screen.getByTestId("welcome-start"));
    await vi.waitFor(() => expect(choices()).toEqual([{ targetRole: null, interviewDate: null }]));
  });

  it("continues with Enter", async () => {
    const { ondone, choices } = welcome();
    await fireEvent.click(roleTile("Python Developer"));
    await fireEvent.keyDown(roleTile("Python Developer"), { key: "Enter" });
    await vi.waitFor(() => expect(ondone).toHaveBeenCalledOnce());
    expect(choices()).toEqual([{ targetRole: "Python Developer", interviewDate: null }]);
  });

  it("skips with Escape, dropping what was picked", async () => {
    const { ondone, choices } = welcome();
    await fireEvent.click(roleTile("Data Engineer"));
    await fireEvent.keyDown(window, { key: "Escape" });
    await vi.waitFor(() => expect(ondone).toHaveBeenCalledOnce());
    expect(choices()).toEqual([null]);
  });

  it("skips with its button", async () => {
    const { ondone, choices } = welcome();
    await fireEvent.click(screen.getByTestId("welcome-skip"));
    await vi.waitFor(() => expect(ondone).toHaveBeenCalledOnce());
    expect(choices()).toEqual([null]);
  });

  it("shows why a choice was refused and stays", async () => {
    const { ondone } = welcome(() => {
      throw ipcError("invalid_input", "the interview date has passed: pick today or a later day");
    });
    await fireEvent.click(screen.getByTestId("welcome-start"));
    expect((await screen.findByTestId("welcome-error")).textContent).toContain("has passed");
    expect(ondone).not.toHaveBeenCalled();
    expect((screen.getByTestId("welcome-start") as HTMLButtonElement).disabled).toBe(false);
  });
});
