use pyprep_core::plan::simulate::Simulation;
use pyprep_core::plan::PlanOptions;
use pyprep_core::scheduler::optimizer::{self, OptimizerStatus};
use pyprep_core::scheduler::{Grade, QuestionSchedule, ReviewItem};
use pyprep_core::Settings;
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

/// A question's review history, memory state and forgetting curve.
#[tauri::command]
#[specta::specta]
pub async fn question_schedule(engine: State<'_, EngineState>, id: String) -> Result<QuestionSchedule, IpcError> {
    engine.run(move |engine| engine.question_schedule(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn optimizer_status(engine: State<'_, EngineState>) -> Result<OptimizerStatus, IpcError> {
    engine.run(|engine| engine.optimizer_status()).await
}

/// Fits the parameters to the review log now; the fitted ones are used only if better.
#[tauri::command]
#[specta::specta]
pub async fn optimize_now(engine: State<'_, EngineState>) -> Result<OptimizerStatus, IpcError> {
    optimize(&engine, true).await
}

#[tauri::command]
#[specta::specta]
pub async fn use_default_parameters(engine: State<'_, EngineState>) -> Result<OptimizerStatus, IpcError> {
    engine.run(|engine| engine.use_default_parameters()).await
}

/// The days until the interview under `settings` (not saved), or None without a date.
#[tauri::command]
#[specta::specta]
pub async fn simulate_plan(engine: State<'_, EngineState>, settings: Settings) -> Result<Option<Simulation>, IpcError> {
    engine.run(move |engine| engine.simulate_plan(&settings)).await
}

/// What would help the plan under `settings` (not saved) fit: finishing new
/// questions earlier, leaving modules out.
#[tauri::command]
#[specta::specta]
pub async fn plan_options(engine: State<'_, EngineState>, settings: Settings) -> Result<PlanOptions, IpcError> {
    engine.run(move |engine| engine.plan_options(&settings)).await
}

/// Reads the log under the engine's lock, fits without it (seconds on a long
/// history, while the user keeps studying), then records the fit under it again.
pub async fn optimize(engine: &EngineState, chosen_by_user: bool) -> Result<OptimizerStatus, IpcError> {
    let set = engine.run(|engine| engine.training_set()).await?;
    let fit = tauri::async_runtime::spawn_blocking(move || optimizer::fit_now(&set))
        .await
        .map_err(|error| IpcError::internal(error.to_string()))?
        .map_err(IpcError::from)?;
    engine.run(move |engine| engine.record_fit(fit, chosen_by_user)).await
}

/// The next question to study ahead within `days`, skipping those already shown.
#[tauri::command]
#[specta::specta]
pub async fn next_ahead(
    engine: State<'_, EngineState>,
    days: u32,
    seen: Vec<String>,
) -> Result<Option<ReviewItem>, IpcError> {
    engine.run(move |engine| engine.next_ahead(days, &seen)).await
}

/// An answer while studying ahead: recorded as a review when `record`, else practice.
#[tauri::command]
#[specta::specta]
pub async fn answer_ahead(
    engine: State<'_, EngineState>,
    id: String,
    grade: Grade,
    duration_ms: u32,
    record: bool,
) -> Result<(), IpcError> {
    engine
        .run(move |engine| engine.answer_ahead(&id, grade, duration_ms, record))
        .await
}
