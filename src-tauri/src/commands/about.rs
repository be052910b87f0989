use pyprep_core::about::About;
use tauri::State;

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
pub fn open_data_folder(data_dir: State<'_, DataDir>) -> Result<(), IpcError> {
    open::that_detached(&data_dir.0)
        .map_err(|error| IpcError::internal(format!("Could not open the data folder: {error}")))
}

/// Opens a web page (http or https only) in the system browser.
#[tauri::command]
#[specta::specta]
pub fn open_web_link(url: String) -> Result<(), IpcError> {
    let Some(link) = crate::navigation::web_link(&url) else {
        let refused = format!("Only web pages open in the browser, not {url:?}");
        return Err(pyprep_core::Error::InvalidInput(refused).into());
    };
    open::that_detached(link.as_str()).map_err(|error| IpcError::internal(format!("Could not open {link}: {error}")))
}
