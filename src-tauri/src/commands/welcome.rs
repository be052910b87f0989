use pyprep_core::welcome::WelcomeChoice;
use pyprep_core::Settings;
use tauri::State;

use crate::commands::settings::save_and_apply;
use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::setup::{DataDir, SETTINGS_FILE};

/// Whether this is a new user, who sees the welcome before anything else.
#[tauri::command]
#[specta::specta]
pub async fn needs_welcome(engine: State<'_, EngineState>) -> Result<bool, IpcError> {
    engine.run(|engine| engine.needs_welcome()).await
}

/// Ends the welcome with the role and date chosen, or none when skipped; saves
/// and returns the settings.
#[tauri::command]
#[specta::specta]
pub async fn finish_welcome(
    engine: State<'_, EngineState>,
    data_dir: State<'_, DataDir>,
    choice: Option<WelcomeChoice>,
) -> Result<Settings, IpcError> {
    let path = data_dir.0.join(SETTINGS_FILE);
    engine
        .run(move |engine| {
            let settings = engine.settings_after_welcome(choice)?;
            save_and_apply(engine, &path, settings)
        })
        .await
}
