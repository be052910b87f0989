use std::sync::{Arc, Mutex};

use pyprep_core::Engine;

use crate::error::IpcError;

/// The engine as managed state. If it could not be opened, every command
/// answers with the reason, and the UI shows it instead of its screens.
pub struct EngineState(Result<Arc<Mutex<Engine>>, IpcError>);

impl EngineState {
    pub fn new(engine: Result<Engine, IpcError>) -> Self {
        EngineState(engine.map(|engine| Arc::new(Mutex::new(engine))))
    }

    /// Runs `work` on a blocking thread, off the async runtime.
    pub async fn run<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Engine) -> pyprep_core::Result<T> + Send + 'static,
    {
        let engine = self.0.clone()?;
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
