import { describe, expect, it } from "vitest";
import { Answering } from "./answering.svelte";
import { choiceQuestion, ipcError, mockCommands, outputQuestion } from "./test/fixtures";

describe("answering a question", () => {
  it("picks several options of a multiple-answer question and drops one picked again", () => {
    const answering = new Answering();
    const question = choiceQuestion();
    answering.toggle(question, 2);
    answering.toggle(question, 1);
    answering.toggle(question, 2);
    answering.toggle(question, 9);
    expect(answering.selected).toEqual([1]);
  });

  it("keeps one pick for a single-answer question", () => {
    const answering = new Answering();
    const question = choiceQuestion({ multipleAnswers: false });
    answering.toggle(question, 0);
    answering.toggle(question, 3);
    expect(answering.selected).toEqual([3]);
  });

  it("checks only a choice with a pick, and sends the picks in order", async () => {
    const calls = mockCommands({
      check_answer: () => ({
        correct: true,
        suggested: "good",
        expectedOutput: null,
        correctOptions: [1, 2],
      }),
    });
    const answering = new Answering();
    const question = choiceQuestion();
    expect(answering.canCheck(question)).toBe(false);
    answering.toggle(question, 2);
    answering.toggle(question, 1);
    expect(answering.canCheck(question)).toBe(true);
    await answering.check(question);
    expect(calls[0].args).toMatchObject({ response: { kind: "choice", selected: [1, 2] } });
    expect(answering.phase).toBe("revealed");
    expect(answering.verdict?.correct).toBe(true);
    expect(answering.canCheck(question)).toBe(false);
    answering.toggle(question, 0);
    expect(answering.selected).toEqual([2, 1]);
  });

  it("keeps the checked output beside the verdict, and starts clean for the next question", async () => {
    mockCommands({
      check_answer: () => ({
        correct: false,
        suggested: "again",
        expectedOutput: "2",
        correctOptions: [],
      }),
    });
    const answering = new Answering();
    answering.outputText = "3";
    await answering.check(outputQuestion());
    expect(answering.checkedText).toBe("3");
    answering.reset();
    expect(answering).toMatchObject({
      phase: "answering",
      verdict: null,
      outputText: "",
      checkedText: "",
      selected: [],
    });
  });

  it("stays answering when the engine cannot check", async () => {
    mockCommands({
      check_answer: () => {
        throw ipcError("database", "disk I/O error");
      },
    });
    const answering = new Answering();
    answering.outputText = "2";
    await expect(answering.check(outputQuestion())).rejects.toMatchObject({ kind: "database" });
    expect(answering.phase).toBe("answering");
    expect(answering.verdict).toBeNull();
  });
});
