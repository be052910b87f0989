import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { ipcError, mockCommands } from "$lib/test/fixtures";
import LeftOutSettings from "./LeftOutSettings.svelte";

const names = () => screen.getAllByTestId("left-out-module").map((m) => m.textContent?.trim());

describe("LeftOutSettings", () => {
  it("shows nothing, and asks nothing, while no module is left out", () => {
    const calls = mockCommands({});
    render(LeftOutSettings, { slugs: [], onsave: () => {} });
    expect(screen.queryByTestId("settings-left-out")).toBeNull();
    expect(calls).toEqual([]);
  });

  it("names the modules by title, and by slug when titles can't be read", async () => {
    mockCommands({
      list_modules: () => [
        { slug: "07-decorators", title: "Decorators" },
        { slug: "12-async", title: "Async" },
      ],
    });
    render(LeftOutSettings, { slugs: ["12-async", "07-decorators"], onsave: () => {} });
    await vi.waitFor(() => expect(names()).toEqual(["Async", "Decorators"]));

    mockCommands({
      list_modules: () => {
        throw ipcError("internal", "no database");
      },
    });
    document.body.innerHTML = "";
    render(LeftOutSettings, { slugs: ["12-async"], onsave: () => {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(names()).toEqual(["12-async"]);
  });

  it("brings a module back and saves", async () => {
    mockCommands({ list_modules: () => [{ slug: "12-async", title: "Async" }] });
    const onsave = vi.fn();
    render(LeftOutSettings, { slugs: ["12-async", "03-io"], onsave });
    await fireEvent.click(await screen.findByRole("button", { name: "Bring back Async" }));
    expect(onsave).toHaveBeenCalledOnce();
    expect(names()).toEqual(["03-io"]);
  });
});
