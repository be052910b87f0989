//! The progress file: everything a user's study produced, in one versioned
//! JSON document. The README's "Your data" section documents it for people
//! who read it with their own tools.

use serde::{Deserialize, Serialize};

use crate::scheduler::card::{Card, CardState};
use crate::Settings;

/// The `format` field of every progress file.
pub const FORMAT: &str = "pyprep-progress";
/// The version this Pyprep writes and reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressFile {
    pub format: String,
    pub version: u32,
    /// RFC 3339, UTC.
    pub exported_at: String,
    pub app_version: String,
    /// As in `settings.json`.
    pub settings: Settings,
    /// The FSRS parameters the scheduler used.
    pub fsrs_parameters: Vec<f32>,
    /// The review log, oldest first. Cards are derived from it.
    pub reviews: Vec<ReviewRecord>,
    /// Each answered question's scheduling state, as the log left it (recomputed on import).
    pub cards: Vec<Card>,
    pub rounds: Vec<RoundRecord>,
    pub drafts: Vec<DraftRecord>,
    pub attempts: Vec<AttemptRecord>,
    pub notes: Vec<NoteRecord>,
    pub marks: Vec<MarkRecord>,
}

/// One answer to one question. A review is identified by its question and time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRecord {
    pub question_id: String,
    /// Milliseconds since 1970, UTC.
    pub reviewed_ms: i64,
    /// The study day (days since 1970 in the user's calendar, starting at the rollover hour).
    pub day: i64,
    /// 1 again, 2 hard, 3 good, 4 easy.
    pub grade: u8,
    pub state_before: CardState,
    pub interval_days: i64,
    pub stability: f32,
    pub difficulty: f32,
    pub duration_ms: u32,
    /// The card before this answer; null for the first.
    pub prev_card: Option<Card>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundRecord {
    pub preset: Option<String>,
    pub title: String,
    /// "interview" or "practice".
    pub mode: String,
    pub seed: i64,
    pub hide_difficulty: bool,
    pub time_limit_ms: i64,
    pub time_left_ms: i64,
    pub started_ms: i64,
    pub updated_ms: i64,
    pub current: u32,
    pub finished_ms: Option<i64>,
    pub scored_ms: Option<i64>,
    pub questions: Vec<RoundQuestionRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundQuestionRecord {
    pub question_id: String,
    /// "unanswered", "answered" or "skipped".
    pub status: String,
    pub flagged: bool,
    pub answer_text: String,
    /// Chosen option indexes of a choice question.
    pub selected: Vec<u32>,
    pub time_ms: i64,
    pub correct: Option<bool>,
    /// Indexes of the key points the user ticked.
    pub ticked: Option<Vec<u32>>,
    pub score: Option<f64>,
    pub tests_passed: Option<u32>,
    pub tests_total: Option<u32>,
}

/// Unsubmitted code in a challenge editor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRecord {
    pub question_id: String,
    /// "question" or "review".
    pub place: String,
    pub code: String,
    pub updated_ms: i64,
}

/// A submitted solution to a challenge, with its test results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRecord {
    pub question_id: String,
    /// "question", "review" or "round".
    pub place: String,
    pub at_ms: i64,
    pub passed: u32,
    pub total: u32,
    pub duration_ms: i64,
    pub hints_used: u32,
    pub solution_shown: bool,
    pub code: String,
    /// The `reviewed_ms` of the review recorded with it, when the attempt was graded.
    pub review_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRecord {
    pub question_id: String,
    /// Markdown.
    pub text: String,
    pub updated_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkRecord {
    pub question_id: String,
    pub flagged: bool,
    pub suspended: bool,
    pub buried_until_day: Option<i64>,
    pub flagged_ms: Option<i64>,
}
