use pyprep_core::about::AboutEngine;
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::setup::DataDir;

#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The workspace's version (Cargo.toml), the one the installers carry.
    pub version: String,
    /// Where the database and settings live.
    pub data_dir: String,
    pub engine: AboutEngine,
}

#[tauri::command]
#[specta::specta]
pub async fn app_info(
    app: AppHandle,
    engine: State<'_, EngineState>,
    data_dir: State<'_, DataDir>,
) -> Result<AppInfo, IpcError> {
    let about = engine.run(|engine| engine.about()).await?;
    Ok(AppInfo {
        version: app.package_info().version.to_string(),
        data_dir: data_dir.0.display().to_string(),
        engine: about,
    })
}

/// Shows the data folder in the system's file manager. The webview has no file
/// system or shell permission: this command is the only way it can ask.
#[tauri::command]
#[specta::specta]
pub fn open_data_folder(app: AppHandle, data_dir: State<'_, DataDir>) -> Result<(), IpcError> {
    app.opener()
        .open_path(data_dir.0.display().to_string(), None::<&str>)
        .map_err(|error| IpcError::internal(format!("Could not open the data folder: {error}")))
}
