// The round screen's timers: the countdown redrawn every frame, the clock saved
// every tick, and what was typed saved when the window hides or closes and when
// the screen goes.

import type { RoundSaver } from "./roundSaver";

export interface RoundTimerOptions {
  /** How often the countdown is redrawn. */
  frameMs: number;
  /** How often the clock is saved. */
  tickMs: number;
  /** False while loading or once answering is ending: nothing to save then. */
  live: () => boolean;
  onframe: () => void;
}

/** Starts the timers (call from onMount); returns the teardown. */
export function startRoundTimers(saver: RoundSaver, options: RoundTimerOptions): () => void {
  const { frameMs, tickMs, live, onframe } = options;

  function onTicker() {
    if (!live()) return;
    if (saver.waiting) void saver.flush();
    saver.send({ kind: "tick" }).catch(() => {
      // The next tick tries again; the countdown keeps running locally.
    });
  }

  /** On the way out (closing, hiding): save what was typed and the clock, without waiting. */
  function saveNow() {
    if (!live()) return;
    void saver.flush();
    saver.send({ kind: "tick" }).catch(() => {});
  }

  function onVisibility() {
    if (document.visibilityState === "hidden") saveNow();
  }

  const frame = setInterval(onframe, frameMs);
  const ticker = setInterval(onTicker, tickMs);
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("beforeunload", saveNow);
  return () => {
    clearInterval(frame);
    clearInterval(ticker);
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("beforeunload", saveNow);
    // Leaving the screen (a link, the sidebar): whatever was typed still goes through.
    void saver.flush();
  };
}
