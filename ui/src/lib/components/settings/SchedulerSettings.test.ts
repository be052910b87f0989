import { fireEvent, render, screen } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ipcError, mockCommands } from "$lib/test/fixtures";
import { fit, optimizerStatus } from "$lib/test/plan";
import SchedulerSettings from "./SchedulerSettings.svelte";

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, " ");

describe("SchedulerSettings", () => {
  afterEach(() => {
    delete (globalThis as { isTauri?: boolean }).isTauri;
  });

  it("tells a new user it learns from their reviews", async () => {
    mockCommands({ optimizer_status: () => optimizerStatus({ reviews: 37 }) });
    render(SchedulerSettings);
    expect(await screen.findByTestId("scheduler-empty")).toBeTruthy();
    expect(text("scheduler-empty")).toMatch(/After a few hundred answers \(400; you have 37\)/);
    expect(text("parameters-in-use")).toContain("FSRS defaults");
    expect(text("next-fit")).toContain("at 400 reviews (363 to go)");
    expect(screen.queryByTestId("use-defaults")).toBeNull();
    expect(screen.getByTestId("optimize-now")).toBeTruthy();
  });

  it("compares both figures of the last fit and says the fit is in use", async () => {
    mockCommands({
      optimizer_status: () =>
        optimizerStatus({
          usingFitted: true,
          reviews: 1300,
          lastFit: fit(),
          nextFitAtReviews: 2234,
        }),
    });
    render(SchedulerSettings);
    const defaults = await screen.findByTestId("fit-defaults");
    expect(defaults.textContent).toContain("0.412");
    expect(defaults.textContent).toContain("6.1%");
    expect(text("fit-fitted")).toContain("0.389");
    expect(text("fit-fitted")).toContain("4.2%");
    expect(screen.getByTestId("fit-fitted").querySelectorAll(".best")).toHaveLength(2);
    expect(text("last-fit")).toContain("on 1,234 reviews");
    expect(text("fit-verdict")).toContain("predicted your answers better, so they were put in use");
    expect(text("parameters-in-use")).toContain("Fitted to your reviews");
    expect(text("next-fit")).toContain("at 2,234 reviews (934 to go)");
    expect(screen.getByTestId("use-defaults")).toBeTruthy();
  });

  it("says when the defaults stayed because the fit was no better", async () => {
    mockCommands({
      optimizer_status: () =>
        optimizerStatus({
          reviews: 500,
          lastFit: fit({ adopted: false, fitted: { logLoss: 0.43, rmse: 0.07 } }),
        }),
    });
    render(SchedulerSettings);
    expect(await screen.findByTestId("fit-verdict")).toBeTruthy();
    expect(text("fit-verdict")).toContain("The defaults predicted your answers as well or better");
    expect(screen.getByTestId("fit-defaults").querySelectorAll(".best")).toHaveLength(2);
  });

  it("shows a busy state while fitting, then the engine's reason when it can't", async () => {
    let refuse: (error: unknown) => void = () => {};
    const calls = mockCommands({
      optimizer_status: () => optimizerStatus(),
      optimize_now: () =>
        new Promise((_, reject) => {
          refuse = reject;
        }),
    });
    render(SchedulerSettings);
    const button = (await screen.findByTestId("optimize-now")) as HTMLButtonElement;
    await fireEvent.click(button);
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain("Optimizing");
    expect(calls.map((call) => call.cmd)).toContain("optimize_now");

    refuse(ipcError("invalid_input", "there is too little history to learn from yet"));
    const error = await screen.findByTestId("optimize-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toContain("There is too little history to learn from yet.");
    expect(button.disabled).toBe(false);
    expect(button.textContent).toContain("Optimize now");
  });

  it("goes back to the default parameters", async () => {
    const onchange = vi.fn();
    const calls = mockCommands({
      optimizer_status: () => optimizerStatus({ usingFitted: true, lastFit: fit() }),
      use_default_parameters: () =>
        optimizerStatus({ pinnedDefaults: true, lastFit: fit(), nextFitAtReviews: 2234 }),
    });
    render(SchedulerSettings, { onchange });
    await fireEvent.click(await screen.findByTestId("use-defaults"));
    await vi.waitFor(() => expect(text("parameters-in-use")).toContain("FSRS defaults"));
    expect(calls.map((call) => call.cmd)).toContain("use_default_parameters");
    expect(screen.queryByTestId("use-defaults")).toBeNull();
    expect(text("next-fit")).toContain("You chose the default parameters");
    expect(onchange).toHaveBeenCalledOnce();
  });

  it("refreshes when a fit in the background updates the parameters", async () => {
    (globalThis as { isTauri?: boolean }).isTauri = true;
    mockIPC(
      (cmd) => {
        if (cmd === "optimizer_status") return optimizerStatus({ reviews: 420 });
        throw ipcError("internal", `unexpected command ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    const onchange = vi.fn();
    const { unmount } = render(SchedulerSettings, { onchange });
    await screen.findByTestId("scheduler-empty");
    // Let the listener register before the event is sent.
    await vi.waitFor(async () => {
      await emit(
        "parameters-updated",
        optimizerStatus({ usingFitted: true, reviews: 420, lastFit: fit({ reviews: 420 }) }),
      );
      expect(screen.queryByTestId("fit-fitted")).not.toBeNull();
    });
    expect(text("parameters-in-use")).toContain("Fitted to your reviews");
    expect(onchange).toHaveBeenCalled();
    // Stop listening while the event mock is still there.
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
