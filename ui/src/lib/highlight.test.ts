import { describe, expect, it } from "vitest";
import { highlightAll, languageOf } from "./highlight";

function render(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("highlight", () => {
  it("highlights python blocks with token spans and keeps the text", () => {
    const root = render('<pre><code class="language-python">def f(x):\n    return x</code></pre>');
    highlightAll(root);
    const code = root.querySelector("code")!;
    expect(code.classList.contains("hljs")).toBe(true);
    expect(code.querySelector(".hljs-keyword")?.textContent).toBe("def");
    expect(code.textContent).toBe("def f(x):\n    return x");
    expect(root.querySelector("pre")?.dataset.language).toBe("Python");
  });

  it("falls back to plain text for languages it does not know", () => {
    const root = render('<pre><code class="language-rust">fn main() {}</code></pre>');
    expect(languageOf(root.querySelector("code")!)).toBe("plaintext");
    highlightAll(root);
    expect(root.querySelector("code")?.textContent).toBe("fn main() {}");
  });

  it("maps pycon and toml to registered grammars", () => {
    expect(languageOf(render('<code class="language-pycon"></code>').firstElementChild!)).toBe(
      "pycon",
    );
    expect(languageOf(render('<code class="language-toml"></code>').firstElementChild!)).toBe(
      "toml",
    );
  });

  it("escapes what it highlights and runs once per block", () => {
    const root = render('<pre><code class="language-python">x = "&lt;b&gt;"</code></pre>');
    highlightAll(root);
    highlightAll(root);
    expect(root.querySelectorAll(".code-copy")).toHaveLength(1);
    expect(root.querySelector("b")).toBeNull();
    expect(root.querySelector("code")?.textContent).toBe('x = "<b>"');
  });
});
