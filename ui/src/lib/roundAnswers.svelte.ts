// The answers of a round in progress: each change is made to the question on
// screen and saved through the engine, in order; the save state and the app's
// verdicts come back.

import { toApiError, type RoundChange, type RoundQuestion, type RoundTick } from "./api";
import { toasts } from "./app.svelte";
import type { SaveState } from "./draftSaver";
import { RoundSaver } from "./roundSaver";
import { toggledSelection } from "./rounds";

function report(what: string) {
  return (e: unknown) => toasts.show(`${what}: ${toApiError(e).message}`, "error");
}

export class RoundAnswers {
  saveState = $state<SaveState>("idle");
  /** The app's verdict on each saved answer, by position (null for kinds it can't grade). */
  verdicts = $state<Record<number, boolean | null>>({});
  readonly saver: RoundSaver;

  constructor(
    update: (change: RoundChange) => Promise<RoundTick>,
    ontick: (tick: RoundTick) => void,
    debounceMs: number,
  ) {
    this.saver = new RoundSaver(
      update,
      {
        ontick,
        onsaved: (at, correct) => (this.verdicts[at] = correct),
        onstate: (state, error) => {
          if (state === "failed" && this.saveState !== "failed") {
            toasts.show(`Couldn’t save your answer: ${toApiError(error).message}`, "error");
          }
          this.saveState = state;
        },
      },
      debounceMs,
    );
  }

  /** Starts from the round as loaded. */
  load(questions: RoundQuestion[]): void {
    this.verdicts = Object.fromEntries(questions.map((q) => [q.position, q.correct]));
  }

  /** The answer being written changed: saved after a pause, or at once when `now`. */
  write(question: RoundQuestion, text: string, now: boolean): void {
    question.answerText = text;
    question.status = text.trim() === "" ? "unanswered" : "answered";
    this.saver.type(question.position, text, now);
  }

  /** Ticks or unticks option `index` of a choice question. */
  toggle(question: RoundQuestion, index: number, multiple: boolean): void {
    const next = toggledSelection(question.selected, index, multiple);
    const at = question.position;
    question.selected = next;
    question.status = next.length > 0 ? "answered" : "unanswered";
    this.saver
      .send({ kind: "choose", position: at, selected: next })
      .then((result) => (this.verdicts[at] = result.correct), report("Couldn’t save your choice"));
  }

  /** Question `position` is now on screen: what was typed before goes through first. */
  open(position: number): void {
    void this.saver.flush();
    if (this.saveState === "saved") this.saveState = "idle";
    this.saver.send({ kind: "open", position }).catch(report("Couldn’t save your place"));
  }

  skip(question: RoundQuestion): void {
    void this.saver.flush();
    question.status = "skipped";
    this.saver
      .send({ kind: "skip", position: question.position })
      .catch(report("Couldn’t skip the question"));
  }

  flag(question: RoundQuestion): void {
    const flagged = !question.flagged;
    question.flagged = flagged;
    this.saver
      .send({ kind: "flag", position: question.position, flagged })
      .catch(report("Couldn’t save the flag"));
  }
}
