use pyprep_core::scheduler::{Grade, QueueCounts, ReviewItem, ReviewScope, UserAnswer, Verdict};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn queue_counts(engine: State<'_, EngineState>) -> Result<QueueCounts, IpcError> {
    engine.run(|engine| engine.queue_counts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn next_review(engine: State<'_, EngineState>, scope: ReviewScope) -> Result<Option<ReviewItem>, IpcError> {
    engine.run(move |engine| engine.next_review_in(scope)).await
}

#[tauri::command]
#[specta::specta]
pub async fn check_answer(
    engine: State<'_, EngineState>,
    question_id: String,
    response: UserAnswer,
) -> Result<Verdict, IpcError> {
    engine
        .run(move |engine| engine.check_answer(&question_id, &response))
        .await
}

/// Records the answer (committed before this returns) and gives the next question.
#[tauri::command]
#[specta::specta]
pub async fn answer(
    engine: State<'_, EngineState>,
    question_id: String,
    grade: Grade,
    duration_ms: u32,
    scope: ReviewScope,
) -> Result<Option<ReviewItem>, IpcError> {
    engine
        .run(move |engine| {
            engine.answer(&question_id, grade, duration_ms)?;
            engine.next_review_in(scope)
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn undo(engine: State<'_, EngineState>) -> Result<ReviewItem, IpcError> {
    engine.run(|engine| engine.undo()).await
}
