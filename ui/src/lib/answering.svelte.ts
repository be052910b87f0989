// The question on screen in a review loop (today's review, studying ahead):
// the typed output or the picked options, the engine's verdict on them, and
// whether the model answer shows. The screens keep their own busy state,
// errors, focus and scrolling.

import * as api from "./api";
import type { QuestionDetail, UserAnswer, Verdict } from "./api";

export class Answering {
  phase = $state<"answering" | "revealed">("answering");
  verdict = $state<Verdict | null>(null);
  outputText = $state("");
  /** The output as it was checked, shown beside the verdict. */
  checkedText = $state("");
  selected = $state<number[]>([]);

  /** A clean slate for the next question. */
  reset(): void {
    this.phase = "answering";
    this.verdict = null;
    this.outputText = "";
    this.checkedText = "";
    this.selected = [];
  }

  /** Picks or drops option `index`; a single-answer question keeps one pick. */
  toggle(question: QuestionDetail, index: number): void {
    if (question.kind !== "choice" || this.phase !== "answering") return;
    if (index < 0 || index >= question.options.length) return;
    if (question.multipleAnswers) {
      this.selected = this.selected.includes(index)
        ? this.selected.filter((i) => i !== index)
        : [...this.selected, index];
    } else {
      this.selected = [index];
    }
  }

  /** An output question, or a choice with something picked, still being answered. */
  canCheck(question: QuestionDetail): boolean {
    if (this.phase !== "answering") return false;
    if (question.kind === "output") return true;
    return question.kind === "choice" && this.selected.length > 0;
  }

  /** Has the engine check the answer, then shows it; throws an ApiError when it cannot. */
  async check(question: QuestionDetail): Promise<void> {
    const response: UserAnswer =
      question.kind === "output"
        ? { kind: "output", text: this.outputText }
        : { kind: "choice", selected: [...this.selected].sort((a, b) => a - b) };
    this.verdict = await api.checkAnswer(question.id, response);
    this.checkedText = this.outputText;
    this.phase = "revealed";
  }
}
