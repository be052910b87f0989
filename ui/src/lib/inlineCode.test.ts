import { describe, expect, it } from "vitest";
import { inlineCode, inlineCodeHtml, plainTitle } from "./inlineCode";

const text = (value: string) => ({ code: false, text: value });
const code = (value: string) => ({ code: true, text: value });

describe("inlineCode", () => {
  it("splits a title on paired backticks", () => {
    expect(
      inlineCode(
        "When is `if x:` the wrong check, and why would you write `if x is not None:` instead?",
      ),
    ).toEqual([
      text("When is "),
      code("if x:"),
      text(" the wrong check, and why would you write "),
      code("if x is not None:"),
      text(" instead?"),
    ]);
  });

  it("keeps a title without backticks as one text segment", () => {
    expect(inlineCode("What does the walrus operator do?")).toEqual([
      text("What does the walrus operator do?"),
    ]);
    expect(inlineCode("")).toEqual([]);
  });

  it("handles code at the start, at the end and back to back", () => {
    expect(inlineCode("`__eq__` and `__hash__`")).toEqual([
      code("__eq__"),
      text(" and "),
      code("__hash__"),
    ]);
    expect(inlineCode("`a``b`")).toEqual([code("a"), code("b")]);
  });

  it("leaves an unpaired backtick as literal text", () => {
    expect(inlineCode("A lone ` backtick")).toEqual([text("A lone ` backtick")]);
    expect(inlineCode("`x` and one more `")).toEqual([code("x"), text(" and one more `")]);
  });

  it("leaves an empty pair as literal text", () => {
    expect(inlineCode("Empty `` here")).toEqual([text("Empty `` here")]);
    expect(inlineCode("``a`")).toEqual([text("``a`")]);
  });

  it("keeps markup-looking text as text", () => {
    expect(inlineCode("Is `<b>` bold? <i>no</i>")).toEqual([
      text("Is "),
      code("<b>"),
      text(" bold? <i>no</i>"),
    ]);
  });
});

describe("plainTitle", () => {
  it("drops the backticks around code and keeps everything else", () => {
    expect(plainTitle("What does `functools.lru_cache` cache?")).toBe(
      "What does functools.lru_cache cache?",
    );
    expect(plainTitle("A lone ` backtick")).toBe("A lone ` backtick");
  });
});

describe("inlineCodeHtml", () => {
  it("wraps backtick pairs in escaped HTML in code, keeping the marks", () => {
    expect(inlineCodeHtml("Why `<mark>dict</mark>.get` over `d[k]`?")).toBe(
      `Why <code class="title-code"><mark>dict</mark>.get</code> over <code class="title-code">d[k]</code>?`,
    );
  });

  it("adds nothing to escaped markup inside code", () => {
    expect(inlineCodeHtml("Is `&lt;b&gt;` bold?")).toBe(
      `Is <code class="title-code">&lt;b&gt;</code> bold?`,
    );
  });

  it("leaves unpaired and empty backticks, and pairs that would split a mark", () => {
    expect(inlineCodeHtml("A lone ` backtick")).toBe("A lone ` backtick");
    expect(inlineCodeHtml("Empty `` here")).toBe("Empty `` here");
    expect(inlineCodeHtml("a`<mark>b`c</mark>")).toBe("a`<mark>b`c</mark>");
    expect(inlineCodeHtml("No code, <mark>walrus</mark>")).toBe("No code, <mark>walrus</mark>");
  });
});
