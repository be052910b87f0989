// Keyboard handling of the review screen, as a pure function of the key and
// the screen's state, so it can be tested without a DOM.

import type { Grade, MarkChange, QuestionKind, QuestionMarks } from "./bindings";
import { GRADES } from "./format";

export type ReviewPhase = "answering" | "revealed" | "done" | "idle";

export interface ReviewKeyContext {
  phase: ReviewPhase;
  kind: QuestionKind | null;
  optionCount: number;
  /** True once an output/choice answer has been checked (a grade is suggested). */
  hasVerdict: boolean;
  /** True while a command is in flight: every key is ignored. */
  busy: boolean;
  /** The question's marks now, so F, B and S toggle them. */
  marks?: QuestionMarks | null;
}

/** F flags, B buries until tomorrow, S suspends: each toggles. */
const MARK_KEYS: Record<string, (marks: QuestionMarks) => MarkChange> = {
  f: (marks) => ({ kind: "flag", on: !marks.flagged }),
  b: (marks) => ({ kind: "bury", on: !marks.buried }),
  s: (marks) => ({ kind: "suspend", on: !marks.suspended }),
};

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
  /** True when the key was typed into a text field. */
  typing?: boolean;
}

export type ReviewAction =
  | { type: "reveal" }
  | { type: "check" }
  | { type: "focusInput" }
  | { type: "toggle"; index: number }
  | { type: "grade"; grade: Grade }
  | { type: "accept" }
  | { type: "undo" }
  | { type: "mark"; change: MarkChange };

/** The action a key press asks for on the review screen, or null to let it through. */
export function reviewKeyAction(input: KeyInput, ctx: ReviewKeyContext): ReviewAction | null {
  if (ctx.busy || input.repeat) return null;
  const command = Boolean(input.ctrlKey || input.metaKey);

  if (input.typing) {
    // In the output textarea only Ctrl/Cmd+Enter means something: check.
    if (command && input.key === "Enter" && ctx.phase === "answering" && ctx.kind === "output") {
      return { type: "check" };
    }
    return null;
  }

  if (input.altKey) return null;
  if (command) {
    if (input.key === "Enter" && ctx.phase === "answering" && ctx.kind === "output") {
      return { type: "check" };
    }
    return null;
  }

  if (input.key === "u" || input.key === "U") {
    return ctx.phase === "idle" ? null : { type: "undo" };
  }

  if (ctx.phase === "answering" || ctx.phase === "revealed") {
    const mark = MARK_KEYS[input.key.toLowerCase()];
    if (mark && ctx.marks) return { type: "mark", change: mark(ctx.marks) };
  }

  if (ctx.phase === "answering") {
    if (ctx.kind === "concept" || ctx.kind === "design") {
      return input.key === " " || input.key === "Enter" ? { type: "reveal" } : null;
    }
    if (ctx.kind === "output") {
      // The textarea is not focused on its own, so single keys (u) keep working.
      return input.key === "Enter" ? { type: "focusInput" } : null;
    }
    if (ctx.kind === "choice") {
      if (input.key === "Enter") return { type: "check" };
      const index = digit(input.key) - 1;
      if (index >= 0 && index < Math.min(ctx.optionCount, 6)) return { type: "toggle", index };
    }
    return null;
  }

  if (ctx.phase === "revealed") {
    const number = digit(input.key);
    if (number >= 1 && number <= 4) return { type: "grade", grade: GRADES[number - 1] };
    if (input.key === "Enter" && ctx.hasVerdict) return { type: "accept" };
  }
  return null;
}

function digit(key: string): number {
  return key.length === 1 && key >= "0" && key <= "9" ? Number(key) : -1;
}
