// The round clock as the screen shows it: computed locally from the last time
// the engine reported, formatted, and when to warn that time is running out.

/** The warning starts in the last fifth of the round… */
export const WARNING_SHARE = 0.2;
/** …or in the last two minutes, whichever is shorter. */
export const WARNING_MAX_MS = 2 * 60 * 1000;

/** The engine's last word on the clock, and when (local clock) it was heard. */
export interface ClockSync {
  leftMs: number;
  at: number;
}

/** Milliseconds left at `now`, counting down from the last sync; never below 0. */
export function timeLeftAt(sync: ClockSync, now: number): number {
  const elapsed = Math.max(0, now - sync.at);
  return Math.max(0, Math.round(sync.leftMs - elapsed));
}

/**
 * A countdown as minutes:seconds, rounded up to the second so it reads 0:00
 * only when time is really up: 90 min is "90:00", 9 min 59 s is "9:59",
 * 59.2 s is "1:00", 0.4 s is "0:01".
 */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** Time spent as "m:ss" (rounded down, as a stopwatch does): "0:07", "3:05", "72:00". */
export function formatStopwatch(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, "0")}`;
}

/** How long before the end the warning starts: 20% of the round or 2 minutes, the shorter. */
export function warningThresholdMs(limitMs: number): number {
  return Math.max(0, Math.min(limitMs * WARNING_SHARE, WARNING_MAX_MS));
}

/** True once the clock is inside the warning window (and the round has a limit). */
export function isWarning(leftMs: number, limitMs: number): boolean {
  if (limitMs <= 0) return false;
  return leftMs <= warningThresholdMs(limitMs);
}

/** What the warning toast says: "2 minutes left", "1 minute left", "36 seconds left". */
export function warningMessage(limitMs: number): string {
  const threshold = warningThresholdMs(limitMs);
  if (threshold >= 60_000) {
    const minutes = Math.round(threshold / 60_000);
    return `${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
  }
  const seconds = Math.max(1, Math.round(threshold / 1000));
  return `${seconds} ${seconds === 1 ? "second" : "seconds"} left`;
}

/** Whole minutes left, rounded up, for the resume banner: 0 only when time is up. */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000));
}
