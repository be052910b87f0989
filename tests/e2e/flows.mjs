// Steps several end-to-end tests share: answering in review, setting up a round.
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
