// Saves what the user types after a short pause, one save at a time, and
// keeps the latest text to retry when a save fails: nothing typed is lost.

export type SaveState = "idle" | "pending" | "saving" | "saved" | "failed";

export class DraftSaver {
  #save: (text: string) => Promise<unknown>;
  #delayMs: number;
  #onState: (state: SaveState, error?: unknown) => void;
  #pending: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(
    save: (text: string) => Promise<unknown>,
    onState: (state: SaveState, error?: unknown) => void,
    delayMs = 600,
  ) {
    this.#save = save;
    this.#onState = onState;
    this.#delayMs = delayMs;
  }

  /** Saves `text` once typing pauses. */
  schedule(text: string): void {
    this.#pending = text;
    this.#onState("pending");
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
  }

  /** Saves now whatever is waiting; resolves once every save so far has finished. */
  flush(): Promise<unknown> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const text = this.#pending;
    this.#pending = null;
    if (text === null) return this.#chain;
    this.#onState("saving");
    const attempt = () =>
      this.#save(text).then(
        () => {
          if (this.#pending === null) this.#onState("saved");
        },
        (error: unknown) => {
          this.#pending ??= text;
          this.#onState("failed", error);
          clearTimeout(this.#timer);
          this.#timer = setTimeout(() => void this.flush(), 3000);
        },
      );
    this.#chain = this.#chain.then(attempt, attempt);
    return this.#chain;
  }
}
