import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { homeSnapshotScript } from "./firstFrame";
import { HOME_SNAPSHOT_KEY, keepHomeSnapshot } from "./homeSnapshot";

const DRAWN_AT_BUILD = '<div class="shell"><nav>the empty shell</nav><main></main></div>';

/** The live shell with Home in it, as the app has it. */
function liveShell(due: number): HTMLElement {
  const shell = document.createElement("div");
  shell.className = "shell";
  shell.innerHTML = `<nav data-testid="nav-home">Home</nav><main><p data-testid="home-due-count">${due}</p></main>`;
  document.body.append(shell);
  return shell;
}

/** A fresh index.html's first frame, after its inline script has run as the page runs it. */
function startAgain(): string {
  document.getElementById("first-frame")?.remove();
  const frame = document.createElement("div");
  frame.id = "first-frame";
  frame.innerHTML = DRAWN_AT_BUILD;
  document.body.append(frame);
  new Function(homeSnapshotScript())();
  // base.css styles the copy apart from the shell drawn at build time.
  expect("kept" in frame.dataset).toBe(frame.innerHTML !== DRAWN_AT_BUILD);
  return frame.innerHTML;
}

const inAnHour = () => Date.now() + 3_600_000;

describe("the copy of Home kept for the next start", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
    document.body.innerHTML = "";
  });

  it("is drawn by the next start in place of the empty shell, without test ids", async () => {
    keepHomeSnapshot(liveShell(7), inAnHour());
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
    await vi.advanceTimersByTimeAsync(400);
    expect(startAgain()).toBe('<div class="shell"><nav>Home</nav><main><p>7</p></main></div>');
  });

  it("follows Home as it changes", async () => {
    const shell = liveShell(7);
    keepHomeSnapshot(shell, inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    shell.querySelector("p")!.textContent = "6";
    await vi.advanceTimersByTimeAsync(400);
    expect(startAgain()).toContain("<p>6</p>");
  });

  it("is forgotten when Home is left", async () => {
    const forget = keepHomeSnapshot(liveShell(7), inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    forget();
    expect(localStorage.getItem(HOME_SNAPSHOT_KEY)).toBeNull();
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
  });

  it("is not drawn once its greeting or date has passed", async () => {
    keepHomeSnapshot(liveShell(7), inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
  });

  it("is not drawn when the clock went back before it was taken", async () => {
    keepHomeSnapshot(liveShell(7), inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    vi.setSystemTime(Date.now() - 86_400_000);
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
  });

  it("is not drawn by another build, whose styles would not fit it", async () => {
    keepHomeSnapshot(liveShell(7), inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    const kept = JSON.parse(localStorage.getItem(HOME_SNAPSHOT_KEY)!);
    localStorage.setItem(HOME_SNAPSHOT_KEY, JSON.stringify({ ...kept, build: "an older one" }));
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
  });

  it("is not drawn when the window opens on another screen", async () => {
    keepHomeSnapshot(liveShell(7), inAnHour());
    await vi.advanceTimersByTimeAsync(400);
    history.pushState(null, "", "/settings");
    try {
      expect(startAgain()).toBe(DRAWN_AT_BUILD);
    } finally {
      history.pushState(null, "", "/");
    }
  });

  it("leaves the empty shell when what is kept is damaged or storage is refused", () => {
    for (const damaged of ["{not json", "null", "42", '{"html": 5}']) {
      localStorage.setItem(HOME_SNAPSHOT_KEY, damaged);
      expect(startAgain()).toBe(DRAWN_AT_BUILD);
    }
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("refused", "SecurityError");
    });
    expect(startAgain()).toBe(DRAWN_AT_BUILD);
    vi.restoreAllMocks();
  });
});
