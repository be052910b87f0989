// The question bank: modules, questions, search, and the user's marks and notes on them.

import {
  commands,
  type FlaggedQuestion,
  type MarkChange,
  type ModulePage,
  type ModuleSummary,
  type QuestionDetail,
  type QuestionMarks,
  type SearchHit,
} from "../bindings";
import { unwrap } from "./core";

export function listModules(): Promise<ModuleSummary[]> {
  return unwrap(() => commands.listModules());
}

export function modulePage(slug: string): Promise<ModulePage> {
  return unwrap(() => commands.modulePage(slug));
}

export function question(id: string): Promise<QuestionDetail> {
  return unwrap(() => commands.question(id));
}

export function search(query: string, limit = 20): Promise<SearchHit[]> {
  return unwrap(() => commands.search(query, limit));
}

/** Flags, suspends or buries a question; gives its marks now. */
export function mark(questionId: string, change: MarkChange): Promise<QuestionMarks> {
  return unwrap(() => commands.mark(questionId, change));
}

export function flaggedQuestions(): Promise<FlaggedQuestion[]> {
  return unwrap(() => commands.flaggedQuestions());
}

/** Saves a note (an empty one removes it). */
export function saveNote(questionId: string, text: string): Promise<null> {
  return unwrap(() => commands.saveNote(questionId, text));
}
