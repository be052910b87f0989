use pyprep_core::search::SearchHit;
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn search(engine: State<'_, EngineState>, query: String, limit: u32) -> Result<Vec<SearchHit>, IpcError> {
    engine.run(move |engine| engine.search(&query, limit)).await
}
