use pyprep_core::catalog::FlaggedQuestion;
use pyprep_core::marks::{MarkChange, QuestionMarks};
use tauri::State;

use crate::engine_state::EngineState;
use crate::error::IpcError;

/// Flags, suspends or buries a question (committed before this returns).
#[tauri::command]
#[specta::specta]
pub async fn mark(
    engine: State<'_, EngineState>,
    question_id: String,
    change: MarkChange,
) -> Result<QuestionMarks, IpcError> {
    engine.run(move |engine| engine.mark(&question_id, change)).await
}

#[tauri::command]
#[specta::specta]
pub async fn flagged_questions(engine: State<'_, EngineState>) -> Result<Vec<FlaggedQuestion>, IpcError> {
    engine.run(|engine| engine.flagged_questions()).await
}

/// Saves the note (an empty one removes it), committed before this returns.
#[tauri::command]
#[specta::specta]
pub async fn save_note(engine: State<'_, EngineState>, question_id: String, text: String) -> Result<(), IpcError> {
    engine.run(move |engine| engine.save_note(&question_id, &text)).await
}
