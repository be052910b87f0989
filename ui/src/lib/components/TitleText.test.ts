import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import TitleText from "./TitleText.svelte";

describe("TitleText", () => {
  it("shows inline code as code, without the backticks", () => {
    const title = "When is `if x:` the wrong check, and why write `if x is not None:` instead?";
    const { container } = render(TitleText, { text: title });
    expect(container.textContent).toBe(
      "When is if x: the wrong check, and why write if x is not None: instead?",
    );
    expect([...container.querySelectorAll("code")].map((code) => code.textContent)).toEqual([
      "if x:",
      "if x is not None:",
    ]);
  });

  it("renders markup in a title as text", () => {
    const title = "Is `<b>x</b>` bold? <img src=x onerror=alert(1)> `";
    const { container } = render(TitleText, { text: title });
    expect(container.textContent).toBe("Is <b>x</b> bold? <img src=x onerror=alert(1)> `");
    expect(container.querySelector("b, img")).toBeNull();
    expect(container.querySelector("code")?.textContent).toBe("<b>x</b>");
  });

  it("shows a title without code as plain text", () => {
    const { container } = render(TitleText, { text: "What does the walrus operator do?" });
    expect(container.innerHTML.replace(/<!---->/g, "")).toBe("What does the walrus operator do?");
  });
});
