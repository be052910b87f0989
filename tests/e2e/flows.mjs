// Steps several end-to-end tests share: answering in review, setting up a round,
// writing code in a challenge's editor.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { allByTestId, byTestId, shown, textOf } from "./harness.mjs";

/** Answers the question on screen: a wrong guess for graded kinds, a reveal otherwise. */
export async function answerOnScreen(app) {
  const title = await textOf(app, "review-question-title");
  const outputBox = await byTestId(app, "output-input");
  const options = await allByTestId(app, "choice-option");
  let kind = "concept";
  if (await outputBox.isExisting()) {
    kind = "output";
    await outputBox.setValue("certainly not the output");
    await (await shown(app, "submit-answer")).click();
  } else if (options.length > 0) {
    kind = "choice";
    await options[0].click();
    await (await shown(app, "submit-answer")).click();
  } else {
    await (await shown(app, "show-answer")).click();
  }
  await shown(app, "review-answer");
  return { title, kind };
}

/** Sets up a 3-question custom round of Module 1 output and concept questions with a fixed seed. */
export async function startCustomRound(app, seed) {
  await (await shown(app, "nav-rounds")).click();
  await (await shown(app, "custom-module", '[data-slug="01-fundamentals"]')).click();
  for (const kind of ["output", "concept"]) {
    await (await shown(app, "custom-kind", `[data-value="${kind}"]`)).click();
  }
  for (const level of ["senior", "principal"]) {
    const box = await shown(app, "custom-difficulty", `[data-value="${level}"]`);
    if (await box.isSelected()) await box.click();
  }
  await (await shown(app, "custom-questions")).setValue("3");
  await (await shown(app, "custom-minutes")).setValue("10");
  const seedField = await byTestId(app, "custom-seed");
  if (!(await seedField.isDisplayed())) await (await app.$("summary=Advanced")).click();
  await (await shown(app, "custom-seed")).setValue(String(seed));
  await (await shown(app, "custom-start")).click();
  await shown(app, "round-countdown");
}

/** Opens a challenge of Module 20 from the module list. */
export async function openChallenge(app, id) {
  await (await shown(app, "nav-modules")).click();
  await (await shown(app, "module-card", '[data-slug="20-coding-challenges"]')).click();
  await (await shown(app, "question-row", `[data-id="${id}"]`)).click();
  await shown(app, "code-editor");
}

/**
 * Replaces the editor's text by typing `lines`, each [indent level, text]. The
 * editor indents by itself after a colon, so each line is first brought to the
 * left edge (Shift+Tab) and then indented (Tab) to exactly its level. Text goes
 * through the element's own send-keys command: the session-wide one drops
 * spaces and repeated letters in WebKitWebDriver.
 */
export async function typeCode(app, lines) {
  const editor = await shown(app, "code-editor");
  await editor.click();
  await app.keys(["Control", "a"]);
  await app.keys(["Backspace"]);
  for (const [index, [level, text]] of lines.entries()) {
    if (index > 0) await app.keys(["Enter"]);
    for (let i = 0; i < 4; i++) await app.keys(["Shift", "Tab"]);
    for (let i = 0; i < level; i++) await app.keys(["Tab"]);
    await editor.addValue(text);
  }
}

/**
 * Replaces the editor's text with `code` the way a user pastes it: through the
 * X clipboard (xclip), then Ctrl+A and Ctrl+V in the editor.
 */
export async function pasteCode(app, code) {
  // xclip stays behind to serve the clipboard: its output must not be waited for.
  const copied = spawnSync("xclip", ["-selection", "clipboard"], {
    input: code,
    stdio: ["pipe", "ignore", "ignore"],
  });
  if (copied.status !== 0) throw new Error(`xclip failed: ${copied.stderr}`);
  await (await shown(app, "code-editor")).click();
  await app.keys(["Control", "a"]);
  await app.keys(["Control", "v"]);
}

/** The reference solution of the challenge whose title reads `title` on screen, from the bank. */
export function solutionOf(title) {
  const folder = path.resolve(import.meta.dirname, "../../content/modules/20-coding-challenges");
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(path.join(folder, file), "utf8");
    const written = text.match(/^title = (".*")$/m);
    if (!written || JSON.parse(written[1]).replaceAll("`", "") !== title) continue;
    const block = text.split("## Solution")[1]?.match(/```python\n([\s\S]*?)```/);
    if (block) return block[1];
  }
  throw new Error(`no challenge titled ${title}`);
}
