// Export and import. Each export opens the system's save dialog and returns
// null when the user cancels; an import is previewed first (the file stays on
// the Rust side) and then confirmed or cancelled.

import { unwrap } from "./api";
import { commands, type Exported, type ImportPreview, type ImportSummary } from "./bindings";

export type { Exported, ImportPreview, ImportSummary };

export function exportProgress(): Promise<Exported | null> {
  return unwrap(() => commands.exportProgress());
}

export function exportReviewLog(): Promise<Exported | null> {
  return unwrap(() => commands.exportReviewLog());
}

/** One module by slug, or the whole bank with null. */
export function exportAnki(module: string | null): Promise<Exported | null> {
  return unwrap(() => commands.exportAnki(module));
}

export function previewImport(): Promise<ImportPreview | null> {
  return unwrap(() => commands.previewImport());
}

export function importProgress(useSettings: boolean): Promise<ImportSummary> {
  return unwrap(() => commands.importProgress(useSettings));
}

export async function cancelImport(): Promise<void> {
  await commands.cancelImport();
}
