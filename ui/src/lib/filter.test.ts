import { describe, expect, it } from "vitest";
import type { QuestionSummary } from "./bindings";
import { NO_FILTER, filterQuestions, isFiltering } from "./filter";

const q = (id: string, overrides: Partial<QuestionSummary>): QuestionSummary => ({
  id,
  title: id,
  difficulty: "junior",
  kind: "concept",
  tags: [],
  state: "new",
  dueInDays: null,
  flagged: false,
  suspended: false,
  ...overrides,
});

const questions = [
  q("a", { title: "What is a list comprehension?", tags: ["comprehensions"] }),
  q("b", { title: "Predict the output of a closure", kind: "output", difficulty: "mid" }),
  q("c", { title: "Design a rate limiter", kind: "design", difficulty: "senior", tags: ["api"] }),
];

describe("filterQuestions", () => {
  it("keeps everything without a filter", () => {
    expect(filterQuestions(questions, NO_FILTER)).toHaveLength(3);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it("filters by difficulty and kind", () => {
    expect(
      filterQuestions(questions, { ...NO_FILTER, difficulty: "mid" }).map((x) => x.id),
    ).toEqual(["b"]);
    expect(filterQuestions(questions, { ...NO_FILTER, kind: "design" }).map((x) => x.id)).toEqual([
      "c",
    ]);
  });

  it("matches every word of the text against title and tags, ignoring case", () => {
    const ids = (text: string) =>
      filterQuestions(questions, { ...NO_FILTER, text }).map((x) => x.id);
    expect(ids("LIST")).toEqual(["a"]);
    expect(ids("api limiter")).toEqual(["c"]);
    expect(ids("closure senior")).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, text: "  x " })).toBe(true);
  });
});
