use pyprep_core::rounds::{Round, RoundChange, RoundConfig, RoundPreset, RoundResults, RoundSummary, RoundTick};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn round_presets(engine: State<'_, EngineState>) -> Result<Vec<RoundPreset>, IpcError> {
    engine.run(|engine| engine.round_presets()).await
}

#[tauri::command]
#[specta::specta]
pub async fn start_round(engine: State<'_, EngineState>, config: RoundConfig) -> Result<Round, IpcError> {
    engine.run(move |engine| engine.start_round(&config)).await
}

#[tauri::command]
#[specta::specta]
pub async fn round(engine: State<'_, EngineState>, id: u32) -> Result<Round, IpcError> {
    engine.run(move |engine| engine.round(id)).await
}

/// The round still being answered, if any, so the app can offer to resume it.
#[tauri::command]
#[specta::specta]
pub async fn active_round(engine: State<'_, EngineState>) -> Result<Option<u32>, IpcError> {
    engine.run(|engine| engine.active_round()).await
}

#[tauri::command]
#[specta::specta]
pub async fn resume_round(engine: State<'_, EngineState>, id: u32) -> Result<Round, IpcError> {
    engine.run(move |engine| engine.resume_round(id)).await
}

/// Saves one change to a round in progress (committed before this returns).
#[tauri::command]
#[specta::specta]
pub async fn update_round(engine: State<'_, EngineState>, id: u32, change: RoundChange) -> Result<RoundTick, IpcError> {
    engine.run(move |engine| engine.update_round(id, &change)).await
}

#[tauri::command]
#[specta::specta]
pub async fn finish_round(engine: State<'_, EngineState>, id: u32) -> Result<Round, IpcError> {
    engine.run(move |engine| engine.finish_round(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn score_round_question(
    engine: State<'_, EngineState>,
    id: u32,
    position: u32,
    ticked: Vec<u32>,
) -> Result<(), IpcError> {
    engine
        .run(move |engine| engine.score_round_question(id, position, &ticked))
        .await
}

/// Records the round's scores as reviews and returns its results.
#[tauri::command]
#[specta::specta]
pub async fn complete_round(engine: State<'_, EngineState>, id: u32) -> Result<RoundResults, IpcError> {
    engine.run(move |engine| engine.complete_round(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn round_results(engine: State<'_, EngineState>, id: u32) -> Result<RoundResults, IpcError> {
    engine.run(move |engine| engine.round_results(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn round_history(engine: State<'_, EngineState>) -> Result<Vec<RoundSummary>, IpcError> {
    engine.run(|engine| engine.round_history()).await
}

/// Saves how many tests a challenge's final code passed, once answering is over.
#[tauri::command]
#[specta::specta]
pub async fn record_round_tests(
    engine: State<'_, EngineState>,
    id: u32,
    position: u32,
    passed: u32,
    total: u32,
) -> Result<(), IpcError> {
    engine
        .run(move |engine| engine.record_round_tests(id, position, passed, total))
        .await
}
