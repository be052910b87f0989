// App-wide keyboard shortcuts and the list shown in the help overlay.

import type { KeyInput } from "./keys";

/** True when a key press goes into a text field rather than to the app. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== "string") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (element as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes(type);
  }
  return false;
}

/**
 * A screen's key press as its key map reads it. Escape in a text field only
 * leaves the field: that key press is used up and null comes back.
 */
export function screenKeyInput(event: KeyboardEvent): KeyInput | null {
  const typing = isTypingTarget(event.target);
  if (typing && event.key === "Escape" && event.target instanceof HTMLElement) {
    event.target.blur();
    return null;
  }
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    repeat: event.repeat,
    typing,
  };
}

export type GlobalAction = "search" | "help";

/** The app-wide action of a key press: Ctrl/Cmd+K or "/" search, "?" help. */
export function globalKeyAction(
  input: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean },
  typing: boolean,
): GlobalAction | null {
  const command = Boolean(input.ctrlKey || input.metaKey);
  if (command && !input.altKey && (input.key === "k" || input.key === "K")) return "search";
  if (typing || command || input.altKey) return null;
  if (input.key === "/") return "search";
  if (input.key === "?") return "help";
  return null;
}

export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; label: string }[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: "Anywhere",
    items: [
      { keys: ["Ctrl", "K"], label: "Search questions" },
      { keys: ["/"], label: "Search questions" },
      { keys: ["?"], label: "Show keyboard shortcuts" },
      { keys: ["Esc"], label: "Close a dialog" },
    ],
  },
  {
    title: "Review",
    items: [
      { keys: ["Space"], label: "Show the answer" },
      { keys: ["Enter"], label: "Start typing the output" },
      { keys: ["Ctrl", "Enter"], label: "Check a typed output" },
      { keys: ["Esc"], label: "Leave the output box (so keys work again)" },
      { keys: ["1", "–", "6"], label: "Pick a choice option" },
      { keys: ["Enter"], label: "Check a choice / accept the suggested grade" },
      { keys: ["1", "–", "4"], label: "Grade: Again, Hard, Good, Easy" },
      { keys: ["U"], label: "Undo the last answer" },
      { keys: ["F"], label: "Flag the question to revisit" },
      { keys: ["B"], label: "Bury it until tomorrow" },
      { keys: ["S"], label: "Suspend it" },
    ],
  },
  {
    title: "Coding challenge",
    items: [
      { keys: ["Ctrl", "Enter"], label: "Run the visible tests" },
      { keys: ["Ctrl", "Shift", "Enter"], label: "Submit: run every test" },
      { keys: ["Tab"], label: "Indent (Shift+Tab: dedent)" },
      { keys: ["Esc", "Tab"], label: "Leave the editor" },
      { keys: ["1", "–", "4"], label: "After a submit: grade it" },
    ],
  },
  {
    title: "Mock round",
    items: [
      { keys: ["Ctrl", "Enter"], label: "Next question (practice: check first)" },
      { keys: ["Alt", "→"], label: "Next question" },
      { keys: ["Alt", "←"], label: "Previous question" },
      { keys: ["Ctrl", "S"], label: "Skip the question" },
      { keys: ["Ctrl", "F"], label: "Flag or unflag the question" },
      { keys: ["1", "–", "6"], label: "Pick a choice option" },
      { keys: ["Enter"], label: "Start typing the answer" },
      { keys: ["Esc"], label: "Leave the answer box" },
      { keys: ["Tab"], label: "Indent inside the answer box" },
    ],
  },
  {
    title: "Search",
    items: [
      { keys: ["↑", "↓"], label: "Move through results" },
      { keys: ["Enter"], label: "Open the question" },
    ],
  },
];
