use pyprep_core::catalog::{ModulePage, ModuleSummary, QuestionDetail};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn list_modules(engine: State<'_, EngineState>) -> Result<Vec<ModuleSummary>, IpcError> {
    engine.run(|engine| engine.modules()).await
}

#[tauri::command]
#[specta::specta]
pub async fn module_page(engine: State<'_, EngineState>, slug: String) -> Result<ModulePage, IpcError> {
    engine.run(move |engine| engine.module_page(&slug)).await
}

#[tauri::command]
#[specta::specta]
pub async fn question(engine: State<'_, EngineState>, id: String) -> Result<QuestionDetail, IpcError> {
    engine.run(move |engine| engine.question(&id)).await
}
