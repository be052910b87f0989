use std::path::Path;

use pyprep_core::{settings_file, Engine, Settings};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::setup::{DataDir, StartupNotices, SETTINGS_FILE};

#[tauri::command]
#[specta::specta]
pub async fn get_settings(engine: State<'_, EngineState>) -> Result<Settings, IpcError> {
    engine.run(|engine| Ok(engine.settings().clone())).await
}

/// Validates the settings, saves them (atomically), and only then applies them;
/// returns what was saved. A save that fails leaves the old settings in force.
#[tauri::command]
#[specta::specta]
pub async fn set_settings(
    engine: State<'_, EngineState>,
    data_dir: State<'_, DataDir>,
    settings: Settings,
) -> Result<Settings, IpcError> {
    let path = data_dir.0.join(SETTINGS_FILE);
    engine.run(move |engine| save_and_apply(engine, &path, settings)).await
}

/// Checks the settings, saves them to `path`, and only then applies them.
pub(crate) fn save_and_apply(engine: &mut Engine, path: &Path, settings: Settings) -> pyprep_core::Result<Settings> {
    engine.check_settings(&settings)?;
    settings_file::save(path, &settings)?;
    engine.set_settings(settings)?;
    Ok(engine.settings().clone())
}

/// What start-up has to tell the user, once (a settings file that could not be read).
#[tauri::command]
#[specta::specta]
pub fn startup_notices(notices: State<'_, StartupNotices>) -> Vec<String> {
    notices.0.clone()
}
