//! Settings persist in `settings.json` through tauri-plugin-store.

use std::path::Path;

use pyprep_core::Settings;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

use crate::error::IpcError;

const FILE: &str = "settings.json";
const KEY: &str = "settings";

/// The saved settings, or the defaults when none are saved or they are unreadable.
pub fn load<R: Runtime>(app: &AppHandle<R>, data_dir: &Path) -> Settings {
    app.store(data_dir.join(FILE))
        .ok()
        .and_then(|store| store.get(KEY))
        .and_then(|value| serde_json::from_value::<Settings>(value).ok())
        .filter(|settings| settings.validate().is_ok())
        .unwrap_or_default()
}

pub fn save<R: Runtime>(app: &AppHandle<R>, data_dir: &Path, settings: &Settings) -> Result<(), IpcError> {
    let store = app
        .store(data_dir.join(FILE))
        .map_err(|e| IpcError::internal(e.to_string()))?;
    store.set(
        KEY,
        serde_json::to_value(settings).map_err(|e| IpcError::internal(e.to_string()))?,
    );
    store
        .save()
        .map_err(|e| IpcError::internal(format!("could not save settings: {e}")))
}
