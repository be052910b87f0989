use std::path::Path;
use std::time::Duration;

use pyprep_core::runner::{self, Interpreter, RunOutcome, RunRequest, DEFAULT_MEMORY_MB};
use serde::Serialize;
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

/// The CPython that runs what WebAssembly cannot, as Settings shows it.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PythonStatus {
    /// Every CPython 3.12+ found on this machine, newest first.
    pub found: Vec<Interpreter>,
    /// The one runs use: the chosen path, else the newest found.
    pub chosen: Option<Interpreter>,
    /// Why there is none, with what to install.
    pub problem: Option<String>,
}

async fn chosen_path(engine: &EngineState) -> Result<Option<String>, IpcError> {
    engine.run(|engine| Ok(engine.settings().python_path.clone())).await
}

#[tauri::command]
#[specta::specta]
pub async fn python_status(engine: State<'_, EngineState>) -> Result<PythonStatus, IpcError> {
    let chosen = chosen_path(&engine).await?;
    tauri::async_runtime::spawn_blocking(move || {
        let resolved = runner::resolve(chosen.as_deref());
        PythonStatus {
            found: runner::find_interpreters(),
            problem: resolved.as_ref().err().map(ToString::to_string),
            chosen: resolved.ok(),
        }
    })
    .await
    .map_err(|error| IpcError::internal(error.to_string()))
}

/// Runs code on the user's CPython, stopped after `time_limit_ms`. The engine is
/// only asked which interpreter to use: a long run holds no lock.
#[tauri::command]
#[specta::specta]
pub async fn run_python(
    engine: State<'_, EngineState>,
    request: RunRequest,
    time_limit_ms: u32,
) -> Result<RunOutcome, IpcError> {
    let chosen = chosen_path(&engine).await?;
    tauri::async_runtime::spawn_blocking(move || {
        let interpreter = runner::resolve(chosen.as_deref())?;
        let limit = Duration::from_millis(u64::from(time_limit_ms.clamp(100, 120_000)));
        runner::run(Path::new(&interpreter.path), &request, limit, DEFAULT_MEMORY_MB)
    })
    .await
    .map_err(|error| IpcError::internal(error.to_string()))?
    .map_err(IpcError::from)
}
