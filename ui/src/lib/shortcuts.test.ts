import { describe, expect, it } from "vitest";
import { globalKeyAction, isTypingTarget, screenKeyInput } from "./shortcuts";

describe("globalKeyAction", () => {
  it("opens search with Ctrl+K or Cmd+K, even while typing", () => {
    expect(globalKeyAction({ key: "k", ctrlKey: true }, false)).toBe("search");
    expect(globalKeyAction({ key: "k", metaKey: true }, true)).toBe("search");
    expect(globalKeyAction({ key: "K", ctrlKey: true }, false)).toBe("search");
  });

  it("opens search with / and help with ? only outside text fields", () => {
    expect(globalKeyAction({ key: "/" }, false)).toBe("search");
    expect(globalKeyAction({ key: "?" }, false)).toBe("help");
    expect(globalKeyAction({ key: "/" }, true)).toBeNull();
    expect(globalKeyAction({ key: "?" }, true)).toBeNull();
  });

  it("leaves other keys alone", () => {
    expect(globalKeyAction({ key: "k" }, false)).toBeNull();
    expect(globalKeyAction({ key: "/", ctrlKey: true }, false)).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("is true for text fields and false for buttons, checkboxes and radios", () => {
    const make = (html: string) => {
      const host = document.createElement("div");
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTypingTarget(make("<textarea></textarea>"))).toBe(true);
    expect(isTypingTarget(make('<input type="text">'))).toBe(true);
    expect(isTypingTarget(make('<input type="number">'))).toBe(true);
    expect(isTypingTarget(make("<select></select>"))).toBe(true);
    expect(isTypingTarget(make('<input type="radio">'))).toBe(false);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make("<button></button>"))).toBe(false);
    expect(isTypingTarget(make("<div></div>"))).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("screenKeyInput", () => {
  function press(target: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
    const event = new KeyboardEvent("keydown", { ...init, bubbles: true });
    target.dispatchEvent(event);
    return event;
  }

  it("reads the key, its modifiers and whether it was typed into a field", () => {
    const button = document.createElement("button");
    const box = document.createElement("textarea");
    document.body.append(button, box);
    expect(screenKeyInput(press(button, { key: "Enter", ctrlKey: true }))).toEqual({
      key: "Enter",
      ctrlKey: true,
      metaKey: false,
      altKey: false,
      repeat: false,
      typing: false,
    });
    expect(screenKeyInput(press(box, { key: "a" }))?.typing).toBe(true);
    button.remove();
    box.remove();
  });

  it("uses up Escape in a text field to leave the field", () => {
    const box = document.createElement("textarea");
    document.body.append(box);
    box.focus();
    expect(screenKeyInput(press(box, { key: "Escape" }))).toBeNull();
    expect(document.activeElement).not.toBe(box);
    box.remove();
  });
});
