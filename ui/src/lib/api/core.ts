// Errors and the unwrapping every command goes through: a failed command throws
// an ApiError, and one that says the engine could not open also tells the
// startup listeners.

import type { IpcError, Result } from "../bindings";

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

/** Throws `error` as an ApiError, telling the startup listeners first when it is one. */
export function fail(error: unknown): never {
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
