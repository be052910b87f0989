use tauri::{AppHandle, State};

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::updater::{self, UpdateStatus};

/// Asks GitHub for a newer version; refused while update checks are off.
#[tauri::command]
#[specta::specta]
pub async fn check_for_updates(app: AppHandle, engine: State<'_, EngineState>) -> Result<UpdateStatus, IpcError> {
    engine.run(|engine| engine.settings().allow_update_check()).await?;
    updater::check(&app).await
}

/// Installs the newer version and restarts; refused while update checks are off.
#[tauri::command]
#[specta::specta]
pub async fn install_update(app: AppHandle, engine: State<'_, EngineState>) -> Result<(), IpcError> {
    engine.run(|engine| engine.settings().allow_update_check()).await?;
    updater::install(&app).await
}
