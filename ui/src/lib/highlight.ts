// Syntax highlighting for the code blocks inside engine-rendered HTML.
// Only the languages the question bank uses are registered.

import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import ini from "highlight.js/lib/languages/ini";
import json from "highlight.js/lib/languages/json";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import yaml from "highlight.js/lib/languages/yaml";
import { addRunButton } from "./runner/runnable";

hljs.registerLanguage("python", python);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("json", json);
hljs.registerLanguage("sql", sql);
hljs.registerLanguage("ini", ini); // also "toml"
hljs.registerLanguage("yaml", yaml);
hljs.registerLanguage("plaintext", plaintext); // also "text"
// "python-run": an example the engine marked runnable (it gets a Run button).
hljs.registerAliases(["pycon", "py", "python-run"], { languageName: "python" });
hljs.registerAliases(["sh", "shell", "console"], { languageName: "bash" });

const DONE = "hl";

/** The registered language named by a `language-xxx` class, or plaintext. */
export function languageOf(code: Element): string {
  for (const name of code.classList) {
    if (name.startsWith("language-")) {
      const language = name.slice("language-".length);
      if (hljs.getLanguage(language)) return language;
    }
  }
  return "plaintext";
}

/** Highlights one code string; the result is escaped HTML. */
export function highlightCode(code: string, language: string): string {
  const known = hljs.getLanguage(language) ? language : "plaintext";
  return hljs.highlight(code, { language: known, ignoreIllegals: true }).value;
}

function labelFor(language: string): string {
  const labels: Record<string, string> = {
    python: "Python",
    "python-run": "Python",
    pycon: "Python shell",
    bash: "Shell",
    json: "JSON",
    sql: "SQL",
    toml: "TOML",
    ini: "INI",
    yaml: "YAML",
  };
  return labels[language] ?? "";
}

function addCopyButton(pre: HTMLElement, code: HTMLElement): void {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "code-copy";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy code");
  button.addEventListener("click", () => {
    const text = code.textContent ?? "";
    void navigator.clipboard?.writeText(text).then(
      () => {
        button.textContent = "Copied";
        setTimeout(() => (button.textContent = "Copy"), 1500);
      },
      () => {
        button.textContent = "Copy failed";
      },
    );
  });
  pre.appendChild(button);
}

/** Highlights every `pre > code` under `root` that is not highlighted yet. */
export function highlightAll(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre > code")) {
    if (code.dataset[DONE]) continue;
    code.dataset[DONE] = "1";
    const rawClass = [...code.classList].find((c) => c.startsWith("language-"));
    const language = languageOf(code);
    code.innerHTML = highlightCode(code.textContent ?? "", language);
    code.classList.add("hljs");
    const pre = code.parentElement;
    if (pre) {
      pre.classList.add("code-block");
      const label = labelFor(rawClass ? rawClass.slice("language-".length) : language);
      if (label) pre.dataset.language = label;
      addCopyButton(pre, code);
      if (rawClass === "language-python-run") addRunButton(pre, code);
    }
  }
}

/**
 * `use:highlight`: highlights the code blocks of the element's HTML now and
 * whenever it changes (the `{@html}` inside is replaced on navigation).
 */
export function highlight(node: HTMLElement, _html?: string | null) {
  highlightAll(node);
  const observer = new MutationObserver(() => highlightAll(node));
  observer.observe(node, { childList: true, subtree: true });
  return {
    update() {
      highlightAll(node);
    },
    destroy() {
      observer.disconnect();
    },
  };
}
