// The one module that talks to the Rust side. Every function unwraps the
// command's Result and throws an ApiError on failure, so screens can use
// plain try/catch and branch on `error.kind`.

import {
  commands,
  type AppInfo,
  type Grade,
  type IpcError,
  type ModulePage,
  type ModuleSummary,
  type QuestionDetail,
  type QueueCounts,
  type UserAnswer,
  type Result,
  type ReviewItem,
  type SearchHit,
  type Settings,
  type Verdict,
} from "./bindings";

export type {
  AppInfo,
  CardState,
  ChoiceOptionView,
  Difficulty,
  Grade,
  IntervalPreview,
  ModulePage,
  ModuleSummary,
  QuestionDetail,
  QuestionKind,
  QuestionSummary,
  QueueCounts,
  UserAnswer,
  ReviewItem,
  SearchHit,
  Settings,
  Theme,
  Verdict,
} from "./bindings";

/** Error kinds that mean the engine could not open: the app cannot run at all. */
export const STARTUP_ERROR_KINDS: readonly string[] = [
  "corrupt_database",
  "newer_database",
  "content",
];

export class ApiError extends Error {
  readonly kind: string;

  constructor(kind: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
  }

  /** True when the engine failed to open and every command will fail the same way. */
  get isStartupError(): boolean {
    return STARTUP_ERROR_KINDS.includes(this.kind);
  }
}

type StartupErrorListener = (error: ApiError) => void;
const startupListeners = new Set<StartupErrorListener>();

/** Calls `listener` whenever a command reports that the engine could not open. */
export function onStartupError(listener: StartupErrorListener): () => void {
  startupListeners.add(listener);
  return () => startupListeners.delete(listener);
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as IpcError).kind === "string" &&
    typeof (value as IpcError).message === "string"
  );
}

/** Turns anything a command can fail with into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isIpcError(error)) return new ApiError(error.kind, error.message);
  if (error instanceof Error) return new ApiError("internal", error.message);
  if (typeof error === "string") return new ApiError("internal", error);
  return new ApiError("internal", "Something went wrong talking to the Pyprep engine.");
}

function fail(error: unknown): never {
  const apiError = toApiError(error);
  if (apiError.isStartupError) {
    for (const listener of startupListeners) listener(apiError);
  }
  throw apiError;
}

async function unwrap<T>(call: () => Promise<Result<T, IpcError>>): Promise<T> {
  let result: Result<T, IpcError>;
  try {
    result = await call();
  } catch (error) {
    // The bindings rethrow real exceptions (no IPC bridge, a bug in a command).
    fail(error);
  }
  if (result.status === "ok") return result.data;
  fail(result.error);
}

export function listModules(): Promise<ModuleSummary[]> {
  return unwrap(() => commands.listModules());
}

export function modulePage(slug: string): Promise<ModulePage> {
  return unwrap(() => commands.modulePage(slug));
}

export function question(id: string): Promise<QuestionDetail> {
  return unwrap(() => commands.question(id));
}

export function queueCounts(): Promise<QueueCounts> {
  return unwrap(() => commands.queueCounts());
}

export function nextReview(): Promise<ReviewItem | null> {
  return unwrap(() => commands.nextReview());
}

export function checkAnswer(questionId: string, response: UserAnswer): Promise<Verdict> {
  return unwrap(() => commands.checkAnswer(questionId, response));
}

/** Commits the answer and returns the next question, or null when the session is done. */
export function answer(
  questionId: string,
  grade: Grade,
  durationMs: number,
): Promise<ReviewItem | null> {
  return unwrap(() => commands.answer(questionId, grade, durationMs));
}

/** Undoes today's last answer and returns its question; kind "nothing_to_undo" if none. */
export function undo(): Promise<ReviewItem> {
  return unwrap(() => commands.undo());
}

export function search(query: string, limit = 20): Promise<SearchHit[]> {
  return unwrap(() => commands.search(query, limit));
}

export function getSettings(): Promise<Settings> {
  return unwrap(() => commands.getSettings());
}

/** Validates (kind "invalid_input" with a message to show) and saves the settings. */
export function setSettings(settings: Settings): Promise<Settings> {
  return unwrap(() => commands.setSettings(settings));
}

export async function appInfo(): Promise<AppInfo> {
  try {
    return await commands.appInfo();
  } catch (error) {
    fail(error);
  }
}
