// A Run button on the runnable Python examples of the standard-library
// modules: it runs the block in the app's Python and shows what it printed
// right under it. The runtime starts when the pointer first nears the button.

import "./runnable.css";
import { python } from "./python.svelte";
import type { RunOutcome } from "./protocol";

/** An example runs for at most this long. */
export const BLOCK_LIMIT_MS = 10_000;

function describe(outcome: RunOutcome): { text: string; failed: boolean } {
  switch (outcome.kind) {
    case "block": {
      const { result } = outcome;
      const printed = result.stdout + result.stderr;
      const tail = result.truncated ? "\n… (output past 10 KB cut)" : "";
      if (result.error) {
        const trace = result.error.traceback ?? `${result.error.type}: ${result.error.message}`;
        return { text: `${printed}${trace}${tail}`, failed: true };
      }
      return { text: printed === "" ? "(printed nothing)" : printed + tail, failed: false };
    }
    case "timeout":
      return { text: `Stopped after ${BLOCK_LIMIT_MS / 1000} s: the time limit.`, failed: true };
    case "stopped":
      return { text: "Stopped.", failed: true };
    case "crashed":
      return { text: `The Python runtime crashed: ${outcome.message}`, failed: true };
    case "unavailable":
      return { text: `Python could not start: ${outcome.message}`, failed: true };
    case "challenge":
      return { text: "", failed: true };
  }
}

export function addRunButton(pre: HTMLElement, code: HTMLElement): void {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "code-run";
  button.textContent = "Run";
  button.dataset.testid = "run-example";
  button.setAttribute("aria-label", "Run this example");
  button.addEventListener("pointerenter", () => python.warm(), { once: true });
  button.addEventListener("click", async () => {
    if (python.busy) return;
    const output = outputFor(pre);
    output.textContent = python.state === "ready" ? "Running…" : "Starting Python…";
    output.classList.remove("failed");
    button.disabled = true;
    try {
      const outcome = await python.run(
        { mode: "block", code: code.textContent ?? "" },
        BLOCK_LIMIT_MS,
      );
      const { text, failed } = describe(outcome);
      output.textContent = text;
      output.classList.toggle("failed", failed);
    } finally {
      button.disabled = false;
    }
  });
  pre.appendChild(button);
}

/** The output panel under `pre`, made on first use. */
function outputFor(pre: HTMLElement): HTMLElement {
  const next = pre.nextElementSibling;
  if (next instanceof HTMLElement && next.classList.contains("code-run-output")) return next;
  const output = document.createElement("pre");
  output.className = "code-run-output";
  output.dataset.testid = "example-output";
  output.setAttribute("role", "status");
  output.setAttribute("aria-live", "polite");
  pre.after(output);
  return output;
}
