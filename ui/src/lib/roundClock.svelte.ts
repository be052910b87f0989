// The round screen's clocks, as runes: the countdown (from the engine's last
// word, run locally between saves) and the time spent on each question.

import { timeLeftAt, type ClockSync } from "./countdown";

export class RoundClock {
  #clock: () => number;
  #sync = $state<ClockSync>({ leftMs: 0, at: 0 });
  #spent = $state<number[]>([]);
  #openedAt = $state(0);
  /** The local time of the last frame. */
  now = $state(0);

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  /** Starts from the round as loaded: the time it had left and the time spent so far. */
  start(leftMs: number, spentMs: number[]): void {
    const at = this.#clock();
    this.#sync = { leftMs, at };
    this.#spent = spentMs;
    this.#openedAt = at;
    this.now = at;
  }

  /** The engine's answer to a save: its clock wins. */
  sync(leftMs: number): void {
    this.#sync = { leftMs, at: this.#clock() };
  }

  frame(): void {
    this.now = this.#clock();
  }

  get leftMs(): number {
    return timeLeftAt(this.#sync, this.now);
  }

  /** Time left at this very moment, between frames. */
  leftNow(): number {
    return timeLeftAt(this.#sync, this.#clock());
  }

  spentOn(position: number): number {
    return (this.#spent[position] ?? 0) + Math.max(0, this.now - this.#openedAt);
  }

  /** Moving from question `from`: its time so far is charged to it. */
  leave(from: number): void {
    const at = this.#clock();
    this.#spent[from] = (this.#spent[from] ?? 0) + Math.max(0, at - this.#openedAt);
    this.#openedAt = at;
    this.now = at;
  }
}
