use pyprep_core::plan::StudyPlan;
use pyprep_core::stats::{Progress, StatsRange};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

/// Every chart series of the Progress page, for a range and an optional module.
#[tauri::command]
#[specta::specta]
pub async fn progress(
    engine: State<'_, EngineState>,
    range: StatsRange,
    module: Option<String>,
) -> Result<Progress, IpcError> {
    engine
        .run(move |engine| engine.progress(range, module.as_deref()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn study_plan(engine: State<'_, EngineState>) -> Result<StudyPlan, IpcError> {
    engine.run(|engine| engine.study_plan()).await
}
