use std::any::Any;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, RwLock};

use pyprep_core::{settings_file, Engine, Settings};
use tauri::{AppHandle, Manager};

use crate::error::IpcError;
use crate::setup::SETTINGS_FILE;

type Shared = Arc<Mutex<Engine>>;
type Job = Box<dyn FnOnce(&mut Engine) -> pyprep_core::Result<Box<dyn Any + Send>> + Send>;

/// The data folder, made if missing: one that cannot be made is a problem the
/// window shows like a database that cannot open, with a way to try again.
fn make_folder(folder: &Path) -> Result<(), IpcError> {
    std::fs::create_dir_all(folder).map_err(|error| IpcError {
        kind: "io".to_owned(),
        message: format!("the data folder {} could not be created: {error}", folder.display()),
    })
}

/// The engine as managed state. If it could not be opened, every command
/// answers with the reason and the UI shows a start-up screen instead of its
/// screens; from there it can be opened again (after a restore, or once the
/// folder is writable), without restarting the app.
pub struct EngineState {
    slot: RwLock<Result<Shared, IpcError>>,
    /// True until the first open is done; readers of the slot wait for it.
    opening: Mutex<bool>,
    opened: Condvar,
    pub database: PathBuf,
}

impl EngineState {
    /// Manages the engine and opens it with `settings` (read once at start-up)
    /// on a thread of its own (it reads and checks the whole file: a few ms
    /// from the OS's cache, more from a cold disk), so the window loads
    /// meanwhile; the first command waits for the open to finish.
    pub fn open_in_background(app: &AppHandle, database: PathBuf, settings: Settings) {
        app.manage(EngineState {
            slot: RwLock::new(Err(IpcError::internal("not opened yet"))),
            opening: Mutex::new(true),
            opened: Condvar::new(),
            database,
        });
        let app = app.clone();
        std::thread::spawn(move || {
            let state = app.state::<EngineState>();
            state.open_with(settings);
            crate::trace::mark("engine opened");
            *state.opening.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = false;
            state.opened.notify_all();
        });
    }

    fn wait_until_opened(&self) {
        let mut opening = self.opening.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        while *opening {
            opening = self
                .opened
                .wait(opening)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    /// Opens the database again, with the settings saved beside it.
    pub fn reopen(&self) -> Option<IpcError> {
        let settings = settings_file::load(&self.folder().join(SETTINGS_FILE)).settings;
        self.open_with(settings)
    }

    fn folder(&self) -> PathBuf {
        self.database.parent().map(PathBuf::from).unwrap_or_default()
    }

    fn open_with(&self, settings: Settings) -> Option<IpcError> {
        let opened = make_folder(&self.folder()).and_then(|()| {
            Engine::open(&self.database, settings)
                .map(|engine| Arc::new(Mutex::new(engine)))
                .map_err(IpcError::from)
        });
        if let Err(error) = &opened {
            eprintln!("Pyprep could not open its database: {}", error.message);
        }
        let problem = opened.as_ref().err().cloned();
        *self.slot.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = opened;
        problem
    }

    /// Why the engine is not open, if it is not.
    pub fn problem(&self) -> Option<IpcError> {
        self.wait_until_opened();
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
        self.wait_until_opened();
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
        let work: Job = Box::new(move |engine| work(engine).map(|answer| Box::new(answer) as Box<dyn Any + Send>));
        let answer = self.run_job(work, crate::trace::command_of::<F>).await?;
        answer
            .downcast::<T>()
            .map(|answer| *answer)
            .map_err(|_| IpcError::internal("an engine answer came back as the wrong type"))
    }

    /// One body for every command's work, boxed, so that the blocking task is
    /// compiled once rather than once per command (less code to load at start).
    async fn run_job(&self, work: Job, command: fn() -> &'static str) -> Result<Box<dyn Any + Send>, IpcError> {
        let engine = self.shared()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut engine = engine
                .lock()
                .map_err(|_| IpcError::internal("the engine stopped after an earlier failure; restart Pyprep"))?;
            let answer = work(&mut engine).map_err(IpcError::from);
            crate::trace::mark_once(|| format!("first {} answered", command()));
            answer
        })
        .await
        .map_err(|error| IpcError::internal(error.to_string()))?
    }
}
