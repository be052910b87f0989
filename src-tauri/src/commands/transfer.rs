//! Export and import: the engine produces and merges the data; these commands
//! add the file dialogs and write or read the one file the user picked.

use std::path::Path;
use std::sync::Mutex;

use pyprep_core::transfer::{self, ImportSummary, ProgressFile};
use pyprep_core::{files, settings_file, Settings};
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::file_dialog::{self, FileKind};
use crate::setup::{DataDir, SETTINGS_FILE};

/// A file written by an export.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub file_name: String,
    pub size_bytes: u32,
    /// Reviews, rows or notes written, depending on the export.
    pub items: u32,
}

/// A progress file the user picked, checked, and what importing it would change.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub file_name: String,
    pub exported_at: String,
    pub reviews_in_file: u32,
    pub changes: ImportSummary,
    /// The file's settings differ from the ones in use (the Python path aside).
    pub settings_differ: bool,
}

/// The progress file picked for import, held here (never sent to the webview) until confirmed.
#[derive(Default)]
pub struct PendingImport(Mutex<Option<ProgressFile>>);

fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

fn write(path: &Path, bytes: &[u8], items: usize) -> Result<Exported, IpcError> {
    files::write_atomically(path, bytes)?;
    Ok(Exported {
        file_name: path.file_name().unwrap_or_default().to_string_lossy().into_owned(),
        size_bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
        items: items as u32,
    })
}

/// All progress as one progress file (gzipped when large, or when the name ends in `.gz`).
#[tauri::command]
#[specta::specta]
pub async fn export_progress(app: AppHandle, engine: State<'_, EngineState>) -> Result<Option<Exported>, IpcError> {
    let (file, json) = engine
        .run(|engine| {
            let file = engine.export_progress()?;
            let json = transfer::encode(&file, false)?;
            Ok((file, json))
        })
        .await?;
    let large = json.len() > transfer::COMPRESS_ABOVE_BYTES;
    let name = format!("pyprep-progress-{}.json{}", today(), if large { ".gz" } else { "" });
    let kind = FileKind {
        label: "Pyprep progress",
        extensions: &["json", "gz"],
    };
    let Some(path) = file_dialog::save_path(&app, "Export progress", &name, kind).await else {
        return Ok(None);
    };
    let bytes = if path.extension().is_some_and(|ext| ext == "gz") {
        transfer::encode(&file, true)?
    } else {
        json
    };
    write(&path, &bytes, file.reviews.len()).map(Some)
}

/// The review log as CSV, one answer per row.
#[tauri::command]
#[specta::specta]
pub async fn export_review_log(app: AppHandle, engine: State<'_, EngineState>) -> Result<Option<Exported>, IpcError> {
    let csv = engine.run(|engine| engine.export_review_log_csv()).await?;
    let name = format!("pyprep-review-log-{}.csv", today());
    let kind = FileKind {
        label: "CSV",
        extensions: &["csv"],
    };
    let Some(path) = file_dialog::save_path(&app, "Export the review log", &name, kind).await else {
        return Ok(None);
    };
    let rows = csv.iter().filter(|byte| **byte == b'\n').count().saturating_sub(1);
    write(&path, &csv, rows).map(Some)
}

/// One module (by slug) or the whole bank as notes Anki imports.
#[tauri::command]
#[specta::specta]
pub async fn export_anki(
    app: AppHandle,
    engine: State<'_, EngineState>,
    module: Option<String>,
) -> Result<Option<Exported>, IpcError> {
    let slug = module.clone();
    let (text, notes) = engine.run(move |engine| engine.export_anki(slug.as_deref())).await?;
    let name = format!("pyprep-{}-anki.txt", module.as_deref().unwrap_or("bank"));
    let kind = FileKind {
        label: "Anki notes (tab-separated)",
        extensions: &["txt"],
    };
    let Some(path) = file_dialog::save_path(&app, "Export for Anki", &name, kind).await else {
        return Ok(None);
    };
    write(&path, &text, notes as usize).map(Some)
}

/// Asks for a progress file, checks all of it, and says what importing it
/// would change; nothing is written until `import_progress`.
#[tauri::command]
#[specta::specta]
pub async fn preview_import(
    app: AppHandle,
    engine: State<'_, EngineState>,
    pending: State<'_, PendingImport>,
) -> Result<Option<ImportPreview>, IpcError> {
    let kind = FileKind {
        label: "Pyprep progress",
        extensions: &["json", "gz"],
    };
    let Some(path) = file_dialog::open_path(&app, "Import progress", kind).await else {
        return Ok(None);
    };
    let file_name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let (file, preview) = engine
        .run(move |engine| {
            let file = transfer::read_progress_file(&path)?;
            let changes = engine.preview_import(&file)?;
            let settings_differ = with_local_python(&file.settings, engine.settings()) != *engine.settings();
            let preview = ImportPreview {
                file_name,
                exported_at: file.exported_at.clone(),
                reviews_in_file: file.reviews.len() as u32,
                changes,
                settings_differ,
            };
            Ok((file, preview))
        })
        .await?;
    *pending.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(file);
    Ok(Some(preview))
}

/// Imports the previewed file: a backup first, then one transaction; with
/// `use_settings`, the file's settings are saved and applied after.
#[tauri::command]
#[specta::specta]
pub async fn import_progress(
    engine: State<'_, EngineState>,
    pending: State<'_, PendingImport>,
    data_dir: State<'_, DataDir>,
    use_settings: bool,
) -> Result<ImportSummary, IpcError> {
    let file = pending
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take()
        .ok_or_else(|| IpcError::internal("choose a file to import first"))?;
    let settings_path = data_dir.0.join(SETTINGS_FILE);
    engine
        .run(move |engine| {
            // A module another machine's bank has and this one lacks is dropped, not refused.
            let settings = engine.without_removed_modules(with_local_python(&file.settings, engine.settings()))?;
            if use_settings {
                engine.check_settings(&settings)?;
            }
            engine.back_up_now()?;
            let summary = engine.import_progress(&file)?;
            if use_settings {
                settings_file::save(&settings_path, &settings)?;
                engine.set_settings(settings)?;
            }
            Ok(summary)
        })
        .await
}

/// Forgets a previewed file the user decided not to import.
#[tauri::command]
#[specta::specta]
pub fn cancel_import(pending: State<'_, PendingImport>) {
    *pending.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
}

/// Another machine's settings, keeping this machine's Python.
fn with_local_python(imported: &Settings, local: &Settings) -> Settings {
    Settings {
        python_path: local.python_path.clone(),
        always_use_python: local.always_use_python,
        ..imported.clone()
    }
}
