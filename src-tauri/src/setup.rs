use std::path::PathBuf;

use pyprep_core::Engine;
use tauri::{App, Manager};

use crate::engine_state::EngineState;
use crate::error::IpcError;
use crate::settings_store;

/// Where Pyprep keeps its data: `PYPREP_DATA_DIR` when set (tests, portable use),
/// otherwise the OS app data dir.
pub struct DataDir(pub PathBuf);

const DATABASE_FILE: &str = "pyprep.sqlite3";

pub fn setup(app: &mut App) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = match std::env::var_os("PYPREP_DATA_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => app.path().app_data_dir()?,
    };
    std::fs::create_dir_all(&data_dir)?;
    let settings = settings_store::load(app.handle(), &data_dir);
    let engine = Engine::open(&data_dir.join(DATABASE_FILE), settings).map_err(IpcError::from);
    if let Err(error) = &engine {
        eprintln!("Pyprep could not open its database: {}", error.message);
    }
    app.manage(EngineState::new(engine));
    app.manage(DataDir(data_dir));
    Ok(())
}
