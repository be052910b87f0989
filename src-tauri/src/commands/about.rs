use pyprep_core::about::About;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::setup::DataDir;

/// Settings → About: the versions, the question bank and the data folder.
#[tauri::command]
#[specta::specta]
pub async fn about(engine: State<'_, EngineState>, data_dir: State<'_, DataDir>) -> Result<About, IpcError> {
    let data_dir = data_dir.0.clone();
    engine.run(move |engine| engine.about(&data_dir)).await
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
