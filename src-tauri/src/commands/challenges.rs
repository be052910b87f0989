use pyprep_core::challenges::{Attempt, AttemptInput, ChallengeWork, DraftPlace};
use pyprep_core::scheduler::{Grade, ReviewItem, ReviewScope};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

#[tauri::command]
#[specta::specta]
pub async fn challenge_work(
    engine: State<'_, EngineState>,
    question_id: String,
    place: DraftPlace,
) -> Result<ChallengeWork, IpcError> {
    engine
        .run(move |engine| engine.challenge_work(&question_id, place))
        .await
}

/// Saves the code typed so far (committed before this returns).
#[tauri::command]
#[specta::specta]
pub async fn save_draft(
    engine: State<'_, EngineState>,
    question_id: String,
    place: DraftPlace,
    code: String,
) -> Result<(), IpcError> {
    engine
        .run(move |engine| engine.save_draft(&question_id, place, &code))
        .await
}

/// Records a submit and returns it with the grade it suggests.
#[tauri::command]
#[specta::specta]
pub async fn submit_attempt(
    engine: State<'_, EngineState>,
    question_id: String,
    place: DraftPlace,
    attempt: AttemptInput,
) -> Result<Attempt, IpcError> {
    engine
        .run(move |engine| engine.submit_attempt(&question_id, place, &attempt))
        .await
}

/// Records the grade as a review with the attempt, then gives the next question to review.
#[tauri::command]
#[specta::specta]
pub async fn grade_attempt(
    engine: State<'_, EngineState>,
    attempt_id: u32,
    grade: Grade,
    scope: ReviewScope,
) -> Result<Option<ReviewItem>, IpcError> {
    engine
        .run(move |engine| {
            engine.grade_attempt(attempt_id, grade)?;
            engine.next_review_in(scope)
        })
        .await
}
