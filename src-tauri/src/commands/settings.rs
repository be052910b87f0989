use pyprep_core::Settings;
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::settings_store;
use crate::setup::DataDir;

#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// Where the database and settings live.
    pub data_dir: String,
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(engine: State<'_, EngineState>) -> Result<Settings, IpcError> {
    engine.run(|engine| Ok(engine.settings().clone())).await
}

/// Validates and applies the settings, then saves them; returns what was saved.
#[tauri::command]
#[specta::specta]
pub async fn set_settings(
    app: AppHandle,
    engine: State<'_, EngineState>,
    data_dir: State<'_, DataDir>,
    settings: Settings,
) -> Result<Settings, IpcError> {
    let applied = engine
        .run(move |engine| {
            engine.set_settings(settings)?;
            Ok(engine.settings().clone())
        })
        .await?;
    settings_store::save(&app, &data_dir.0, &applied)?;
    Ok(applied)
}

#[tauri::command]
#[specta::specta]
pub fn app_info(app: AppHandle, data_dir: State<'_, DataDir>) -> AppInfo {
    AppInfo {
        version: app.package_info().version.to_string(),
        data_dir: data_dir.0.display().to_string(),
    }
}
