//! Timed mock rounds: questions drawn for a role or a custom set-up, answered
//! against the clock, scored against key points, and fed to the scheduler.

mod challenges;
mod lifecycle;
mod presets;
mod reading;
mod results;
mod rng;
mod scoring;
mod select;

use serde::{Deserialize, Serialize};

use crate::catalog::QuestionDetail;
use crate::content::{Difficulty, QuestionKind};

pub use presets::RoundPreset;
pub(crate) use reading::iso_time;
pub use results::{Breakdown, PastRound, RoundResults, RoundSummary};
pub use scoring::grade_for_score;

/// Where the role presets are kept in the store's `meta` table.
pub(crate) const ROLES_KEY: &str = "roles";

/// The last rounds whose questions a new round avoids repeating.
const RECENT_ROUNDS: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum RoundMode {
    /// No answers until the end, like a real interview.
    Interview,
    /// The model answer is shown after each question.
    Practice,
}

/// How to set up a round: from a role preset, or custom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundConfig {
    /// A role name from the presets; its module weights are used. None for a custom round.
    pub preset: Option<String>,
    /// For a custom round: the modules to draw from, equally weighted. Ignored for presets.
    pub modules: Vec<String>,
    pub difficulties: Vec<Difficulty>,
    /// Empty means every kind.
    pub kinds: Vec<QuestionKind>,
    pub questions: u32,
    pub minutes: u32,
    pub mode: RoundMode,
    pub hide_difficulty: bool,
    /// The same seed on the same history draws the same questions. None picks one.
    pub seed: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum AnswerStatus {
    Unanswered,
    Answered,
    Skipped,
}

/// One change to a round in progress. Each is saved in its own transaction,
/// together with the time spent since the previous change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum RoundChange {
    /// The text typed for a concept, design or output question.
    Answer {
        position: u32,
        text: String,
    },
    /// The options picked for a choice question.
    Choose {
        position: u32,
        selected: Vec<u32>,
    },
    Skip {
        position: u32,
    },
    Flag {
        position: u32,
        flagged: bool,
    },
    /// The user moved to another question.
    Open {
        position: u32,
    },
    /// Nothing changed; only the clock moved (sent every few seconds).
    Tick,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundQuestion {
    pub position: u32,
    pub question: QuestionDetail,
    pub status: AnswerStatus,
    pub flagged: bool,
    pub answer_text: String,
    pub selected: Vec<u32>,
    pub time_ms: u32,
    /// The app's verdict for output and choice questions, once answered.
    pub correct: Option<bool>,
    /// Key points ticked as covered, once scored.
    pub ticked: Option<Vec<u32>>,
    /// 0 to 1, once scored.
    pub score: Option<f32>,
    /// For a challenge, once scored: tests its final code passed, of how many.
    pub tests_passed: Option<u32>,
    pub tests_total: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum RoundStage {
    /// Being answered.
    Answering,
    /// Answering is over; key points are being ticked.
    Scoring,
    /// Scored and recorded; read-only.
    Done,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Round {
    pub id: u32,
    pub title: String,
    pub preset: Option<String>,
    pub mode: RoundMode,
    pub hide_difficulty: bool,
    pub stage: RoundStage,
    pub time_limit_ms: u32,
    pub time_left_ms: u32,
    pub current: u32,
    pub started_at: String,
    pub questions: Vec<RoundQuestion>,
}

/// What the round screen needs after each change: the clock and the verdict.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundTick {
    pub time_left_ms: u32,
    pub stage: RoundStage,
    /// The verdict for the question just answered, when the app grades it.
    pub correct: Option<bool>,
}
