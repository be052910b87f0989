// The module that talks to the Rust side (with `transfer-api.ts` for export and
// import). Every function unwraps the command's Result and throws an ApiError
// on failure, so screens can use plain try/catch and branch on `error.kind`.

import { isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import {
  commands,
  type AppInfo,
  type Attempt,
  type AttemptInput,
  type ChallengeWork,
  type PythonStatus,
  type ReviewScope,
  type BackupInfo,
  type CheckReport,
  type DatabaseStatus,
  type Recovery,
  type MarkChange,
  type QuestionMarks,
  type FlaggedQuestion,
  type RunOutcome,
  type RunRequest,
  type DraftPlace,
  type Grade,
  type IpcError,
  type ModulePage,
  type ModuleSummary,
  type Progress,
  type QuestionDetail,
  type QueueCounts,
  type UserAnswer,
  type Result,
  type ReviewItem,
  type Round,
  type RoundChange,
  type RoundConfig,
  type RoundPreset,
  type RoundResults,
  type RoundSummary,
  type RoundTick,
  type SearchHit,
  type Settings,
  type StatsRange,
  type StudyPlan,
  type Verdict,
} from "./bindings";

export type {
  IpcError,
  AnswerStatus,
  AppInfo,
  Attempt,
  AttemptInput,
  ChallengeView,
  ChallengeWork,
  ChallengesSolved,
  Interpreter,
  PythonStatus,
  ReviewScope,
  BackupInfo,
  CheckReport,
  DatabaseStatus,
  Recovery,
  MarkChange,
  QuestionMarks,
  FlaggedQuestion,
  RunOutcome,
  RunRequest,
  DraftPlace,
  Runtime,
  Breakdown,
  CardState,
  ChoiceOptionView,
  Difficulty,
  Grade,
  IntervalPreview,
  ModulePage,
  ModuleSummary,
  ButtonCounts,
  Heatmap,
  HistogramBucket,
  ModuleReadiness,
  ModuleStates,
  PastRound,
  PlanBasis,
  PlannedQuestion,
  PresetModule,
  Progress,
  QuestionDetail,
  QuestionKind,
  QuestionSummary,
  QueueCounts,
  UserAnswer,
  ReviewItem,
  RevisitItem,
  Round,
  RoundChange,
  RoundConfig,
  RoundMode,
  RoundPreset,
  RoundQuestion,
  RoundResults,
  RoundStage,
  RoundSummary,
  RoundTick,
  SearchHit,
  Readiness,
  RetentionPeriod,
  RetentionRow,
  ReviewSeries,
  RoundPoint,
  Settings,
  StatsRange,
  StudyPlan,
  Theme,
  TodaySummary,
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

export async function unwrap<T>(call: () => Promise<Result<T, IpcError>>): Promise<T> {
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

/** The draft and the submitted attempts of a challenge. */
export function challengeWork(questionId: string, place: DraftPlace): Promise<ChallengeWork> {
  return unwrap(() => commands.challengeWork(questionId, place));
}

/** Saves the code typed so far (committed before this returns). */
export function saveDraft(questionId: string, place: DraftPlace, code: string): Promise<null> {
  return unwrap(() => commands.saveDraft(questionId, place, code));
}

/** Records a submit; the attempt carries the grade it suggests. */
export function submitAttempt(
  questionId: string,
  place: DraftPlace,
  attempt: AttemptInput,
): Promise<Attempt> {
  return unwrap(() => commands.submitAttempt(questionId, place, attempt));
}

/** Records the grade with the attempt and returns the next question to review. */
export function gradeAttempt(
  attemptId: number,
  grade: Grade,
  scope: ReviewScope = "today",
): Promise<ReviewItem | null> {
  return unwrap(() => commands.gradeAttempt(attemptId, grade, scope));
}

/** The CPython that runs what WebAssembly cannot: found, chosen, or what to install. */
export function pythonStatus(): Promise<PythonStatus> {
  return unwrap(() => commands.pythonStatus());
}

/** Runs code on the user's CPython; kind "runner" when there is none to run on. */
export function runPython(request: RunRequest, timeLimitMs: number): Promise<RunOutcome> {
  return unwrap(() => commands.runPython(request, timeLimitMs));
}

export function queueCounts(): Promise<QueueCounts> {
  return unwrap(() => commands.queueCounts());
}

export function nextReview(scope: ReviewScope = "today"): Promise<ReviewItem | null> {
  return unwrap(() => commands.nextReview(scope));
}

export function checkAnswer(questionId: string, response: UserAnswer): Promise<Verdict> {
  return unwrap(() => commands.checkAnswer(questionId, response));
}

/** Commits the answer and returns the next question, or null when the session is done. */
export function answer(
  questionId: string,
  grade: Grade,
  durationMs: number,
  scope: ReviewScope = "today",
): Promise<ReviewItem | null> {
  return unwrap(() => commands.answer(questionId, grade, durationMs, scope));
}

/** Undoes today's last answer and returns its question; kind "nothing_to_undo" if none. */
export function undo(): Promise<ReviewItem> {
  return unwrap(() => commands.undo());
}

export function roundPresets(): Promise<RoundPreset[]> {
  return unwrap(() => commands.roundPresets());
}

/** Draws the questions and starts the clock; kind "invalid_input" when nothing fits. */
export function startRound(config: RoundConfig): Promise<Round> {
  return unwrap(() => commands.startRound(config));
}

export function round(id: number): Promise<Round> {
  return unwrap(() => commands.round(id));
}

/** The round still being answered (after a crash or a close), if any. */
export function activeRound(): Promise<number | null> {
  return unwrap(() => commands.activeRound());
}

/** Call when the round screen opens: the clock restarts from the time left. */
export function resumeRound(id: number): Promise<Round> {
  return unwrap(() => commands.resumeRound(id));
}

/** Saves one change (committed before this returns) and gives the clock. */
export function updateRound(id: number, change: RoundChange): Promise<RoundTick> {
  return unwrap(() => commands.updateRound(id, change));
}

/** Ends answering; the app scores output, choice and unanswered questions. */
export function finishRound(id: number): Promise<Round> {
  return unwrap(() => commands.finishRound(id));
}

/** Saves the key points covered by one answer; its score is the share ticked. */
export function scoreRoundQuestion(id: number, position: number, ticked: number[]): Promise<null> {
  return unwrap(() => commands.scoreRoundQuestion(id, position, ticked));
}

/** Saves how many tests a challenge's final code passed, once answering is over. */
export function recordRoundTests(
  id: number,
  position: number,
  passed: number,
  total: number,
): Promise<null> {
  return unwrap(() => commands.recordRoundTests(id, position, passed, total));
}

/** Records every score as a review and returns the results; every question must be scored. */
export function completeRound(id: number): Promise<RoundResults> {
  return unwrap(() => commands.completeRound(id));
}

export function roundResults(id: number): Promise<RoundResults> {
  return unwrap(() => commands.roundResults(id));
}

/** Every round, newest first. */
export function roundHistory(): Promise<RoundSummary[]> {
  return unwrap(() => commands.roundHistory());
}

/** Every chart series of the Progress page, for a range and an optional module. */
export function progress(range: StatsRange, module: string | null): Promise<Progress> {
  return unwrap(() => commands.progress(range, module));
}

/** Today's plan: reviews, the new questions chosen, and readiness on the interview date. */
export function studyPlan(): Promise<StudyPlan> {
  return unwrap(() => commands.studyPlan());
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

export function backups(): Promise<BackupInfo[]> {
  return unwrap(() => commands.backups());
}

export function backUpNow(): Promise<BackupInfo> {
  return unwrap(() => commands.backUpNow());
}

/** Backs the current state up, then restores backup `name` in place. */
export function restoreBackup(name: string): Promise<null> {
  return unwrap(() => commands.restoreBackup(name));
}

export function checkDatabase(): Promise<CheckReport> {
  return unwrap(() => commands.checkDatabase());
}

/** Whether the database is open; when not, why, and the backup that could replace it. */
export async function databaseStatus(): Promise<DatabaseStatus> {
  return await commands.databaseStatus();
}

/** Opens the database again; gives the problem when it still can't. */
export async function reopenDatabase(): Promise<IpcError | null> {
  return await commands.reopenDatabase();
}

/** Keeps the damaged file aside, then restores the newest backup or starts fresh. */
export function recover(recovery: Recovery): Promise<IpcError | null> {
  return unwrap(() => commands.recover(recovery));
}

export async function quitApp(): Promise<void> {
  await commands.quitApp();
}

/** What start-up has to tell the user (a settings file that could not be read). */
export async function startupNotices(): Promise<string[]> {
  try {
    return await commands.startupNotices();
  } catch (error) {
    fail(error);
  }
}

export async function appInfo(): Promise<AppInfo> {
  try {
    return await commands.appInfo();
  } catch (error) {
    fail(error);
  }
}

/** Calls `listener` when a background backup fails; returns the unsubscribe. */
export function onBackupFailed(listener: (message: string) => void): () => void {
  if (!isTauri()) return () => {};
  const stop = listen<string>("backup-failed", (event) => listener(event.payload));
  return () => void stop.then((unlisten) => unlisten());
}
