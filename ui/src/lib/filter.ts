// Filtering a module's questions by difficulty, kind and text.

import type { Difficulty, QuestionKind, QuestionSummary } from "./bindings";

export interface QuestionFilter {
  difficulty: Difficulty | "";
  kind: QuestionKind | "";
  text: string;
}

export const NO_FILTER: QuestionFilter = { difficulty: "", kind: "", text: "" };

export function isFiltering(filter: QuestionFilter): boolean {
  return filter.difficulty !== "" || filter.kind !== "" || filter.text.trim() !== "";
}

/** Questions matching every filter; the text matches words of the title or tags, in any order. */
export function filterQuestions(
  questions: readonly QuestionSummary[],
  filter: QuestionFilter,
): QuestionSummary[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return questions.filter((question) => {
    if (filter.difficulty && question.difficulty !== filter.difficulty) return false;
    if (filter.kind && question.kind !== filter.kind) return false;
    if (words.length === 0) return true;
    const haystack = `${question.title} ${question.tags.join(" ")} ${question.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
