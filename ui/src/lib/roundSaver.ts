// Saving a round in progress: one queue so changes reach the engine in order,
// typing saved after a pause, and the latest text kept to retry when a save
// fails, so nothing typed is lost.

import type { RoundChange, RoundTick } from "./bindings";
import type { SaveState } from "./draftSaver";

export interface RoundSaverHooks {
  /** Every change's reply: the clock and the stage. */
  ontick: (tick: RoundTick) => void;
  /** An answer reached the engine, with the app's verdict for graded kinds. */
  onsaved: (position: number, correct: boolean | null) => void;
  onstate: (state: SaveState, error?: unknown) => void;
}

export class RoundSaver {
  #update: (change: RoundChange) => Promise<RoundTick>;
  #hooks: RoundSaverHooks;
  #debounceMs: number;
  #chain: Promise<unknown> = Promise.resolve();
  #pending: { position: number; text: string } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    update: (change: RoundChange) => Promise<RoundTick>,
    hooks: RoundSaverHooks,
    debounceMs: number,
  ) {
    this.#update = update;
    this.#hooks = hooks;
    this.#debounceMs = debounceMs;
  }

  /** True when typed text waits for its pause (the ticker saves it then). */
  get waiting(): boolean {
    return this.#pending !== null && this.#timer === undefined;
  }

  get hasPending(): boolean {
    return this.#pending !== null;
  }

  /** Queues one change; changes reach the engine one at a time, in order. */
  send(change: RoundChange): Promise<RoundTick> {
    const run = async () => {
      const tick = await this.#update(change);
      this.#hooks.ontick(tick);
      return tick;
    };
    const next = this.#chain.then(run, run);
    this.#chain = next.catch(() => null);
    return next;
  }

  /** The answer at `position` is now `text`: saved after a pause, or at once when `now`. */
  type(position: number, text: string, now: boolean): void {
    if (this.#pending && this.#pending.position !== position) void this.flush();
    this.#pending = { position, text };
    this.#hooks.onstate("pending");
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), now ? 0 : this.#debounceMs);
  }

  /** Saves the answer being typed, if any; resolves once every queued change is in. */
  flush(): Promise<unknown> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const saving = this.#pending;
    this.#pending = null;
    if (!saving) return this.#chain;
    this.#hooks.onstate("saving");
    return this.send({ kind: "answer", position: saving.position, text: saving.text }).then(
      (tick) => {
        this.#hooks.onsaved(saving.position, tick.correct);
        if (!this.#pending) this.#hooks.onstate("saved");
      },
      (error: unknown) => {
        // Keep the text to save on the next pause, tick or move.
        this.#pending ??= saving;
        this.#hooks.onstate("failed", error);
      },
    );
  }

  /** Resolves once every change queued so far has been handled. */
  settled(): Promise<unknown> {
    return this.#chain;
  }
}
