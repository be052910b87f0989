use pyprep_core::backups::{self, BackupInfo};
use pyprep_core::recovery::CheckReport;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn backups(engine: State<'_, EngineState>) -> Result<Vec<BackupInfo>, IpcError> {
    engine.run(|engine| engine.backups()).await
}

#[tauri::command]
#[specta::specta]
pub async fn back_up_now(engine: State<'_, EngineState>) -> Result<BackupInfo, IpcError> {
    engine.run(|engine| engine.back_up_now()).await
}

/// Backs the current state up, then restores backup `name` in place.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(engine: State<'_, EngineState>, name: String) -> Result<(), IpcError> {
    engine.run(move |engine| engine.restore_backup(&name)).await
}

#[tauri::command]
#[specta::specta]
pub async fn check_database(engine: State<'_, EngineState>) -> Result<CheckReport, IpcError> {
    engine.run(|engine| engine.check_database()).await
}

/// Why the database is not open, and the backup that could replace it.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DatabaseStatus {
    pub problem: Option<IpcError>,
    pub newest_backup: Option<BackupInfo>,
}

#[tauri::command]
#[specta::specta]
pub fn database_status(engine: State<'_, EngineState>) -> DatabaseStatus {
    let problem = engine.problem();
    let newest_backup = problem
        .as_ref()
        .and_then(|_| backups::newest_good_backup(&engine.database).ok().flatten());
    DatabaseStatus { problem, newest_backup }
}

/// Tries to open the database again (after the folder was made writable, say).
#[tauri::command]
#[specta::specta]
pub fn reopen_database(engine: State<'_, EngineState>) -> Option<IpcError> {
    engine.reopen()
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Recovery {
    /// Put the newest backup that passes its check in place of the damaged file.
    RestoreNewestBackup,
    /// Begin with an empty database.
    StartFresh,
}

/// Recovers from a database that cannot be opened. The damaged file is kept
/// beside it under a dated name, never deleted; then the database opens again.
#[tauri::command]
#[specta::specta]
pub fn recover(engine: State<'_, EngineState>, recovery: Recovery) -> Result<Option<IpcError>, IpcError> {
    if engine.problem().is_none() {
        return Err(IpcError::internal("the database is open: there is nothing to recover"));
    }
    let backup = match recovery {
        Recovery::RestoreNewestBackup => Some(
            backups::newest_good_backup(&engine.database)?
                .ok_or_else(|| IpcError::internal("there is no backup that passes its check"))?,
        ),
        Recovery::StartFresh => None,
    };
    if engine.database.exists() {
        backups::set_aside(&engine.database)?;
    }
    if let Some(backup) = backup {
        let file = backups::backup_folder(&engine.database).join(backup.name);
        backups::replace_database(&engine.database, &file)?;
    }
    Ok(engine.reopen())
}

#[tauri::command]
#[specta::specta]
pub fn quit_app(app: AppHandle) {
    app.exit(0);
}
