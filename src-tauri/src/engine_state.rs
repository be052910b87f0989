use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use pyprep_core::{settings_file, Engine};

use crate::error::IpcError;
use crate::setup::SETTINGS_FILE;

type Shared = Arc<Mutex<Engine>>;

/// The engine as managed state. If it could not be opened, every command
/// answers with the reason and the UI shows a start-up screen instead of its
/// screens; from there it can be opened again (after a restore, or once the
/// folder is writable), without restarting the app.
pub struct EngineState {
    slot: RwLock<Result<Shared, IpcError>>,
    pub database: PathBuf,
}

impl EngineState {
    pub fn open(database: PathBuf) -> Self {
        let state = EngineState {
            slot: RwLock::new(Err(IpcError::internal("not opened yet"))),
            database,
        };
        state.reopen();
        state
    }

    /// Opens the database again, with the settings saved beside it.
    pub fn reopen(&self) -> Option<IpcError> {
        let folder = self.database.parent().map(PathBuf::from).unwrap_or_default();
        let settings = settings_file::load(&folder.join(SETTINGS_FILE)).settings;
        let opened = Engine::open(&self.database, settings)
            .map(|engine| Arc::new(Mutex::new(engine)))
            .map_err(IpcError::from);
        if let Err(error) = &opened {
            eprintln!("Pyprep could not open its database: {}", error.message);
        }
        let problem = opened.as_ref().err().cloned();
        *self.slot.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = opened;
        problem
    }

    /// Why the engine is not open, if it is not.
    pub fn problem(&self) -> Option<IpcError> {
        self.slot
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .as_ref()
            .err()
            .cloned()
    }

    /// Closes the database cleanly (a last backup, the log folded in): at exit,
    /// and before the file is replaced.
    pub fn close(&self) {
        let Ok(engine) = self.shared() else { return };
        let mut engine = engine.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Err(error) = engine.close() {
            eprintln!("Pyprep could not close its database cleanly: {error}");
        }
    }

    fn shared(&self) -> Result<Shared, IpcError> {
        self.slot
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Runs `work` on a blocking thread, off the async runtime.
    pub async fn run<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Engine) -> pyprep_core::Result<T> + Send + 'static,
    {
        let engine = self.shared()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut engine = engine
                .lock()
                .map_err(|_| IpcError::internal("the engine stopped after an earlier failure; restart Pyprep"))?;
            work(&mut engine).map_err(IpcError::from)
        })
        .await
        .map_err(|error| IpcError::internal(error.to_string()))?
    }
}
