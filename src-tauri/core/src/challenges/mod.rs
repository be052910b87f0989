//! Coding challenges: the view the editor starts from, the user's drafts,
//! their submitted attempts, and the grade an attempt suggests.

mod attempts;
mod drafts;
mod grade;

use serde::{Deserialize, Serialize};

use crate::content::{render, Challenge, Runtime};
use crate::{Error, Result};

pub use attempts::{Attempt, AttemptInput, ChallengeWork};
pub use drafts::DraftPlace;
pub use grade::suggest_grade;

/// Code longer than this is refused: no solution needs it, and it would travel on every save.
pub const MAX_CODE_BYTES: usize = 100 * 1024;

/// What the challenge screen needs from the bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeView {
    pub starter: String,
    /// Python declaring the tests, hidden ones included (the screen shows only visible ones).
    pub tests: String,
    /// Inline HTML, from a nudge to nearly the answer.
    pub hints_html: Vec<String>,
    pub solution: String,
    pub runtime: Runtime,
    pub time_limit_s: u32,
    pub target_minutes: u32,
}

impl ChallengeView {
    pub(crate) fn of(challenge: &Challenge) -> ChallengeView {
        ChallengeView {
            starter: challenge.starter.code.clone(),
            tests: challenge.tests.code.clone(),
            hints_html: challenge.hints.iter().map(|hint| render::inline(hint)).collect(),
            solution: challenge.solution.code.clone(),
            runtime: challenge.runtime,
            time_limit_s: challenge.time_limit_s,
            target_minutes: challenge.target_minutes,
        }
    }
}

pub(crate) fn check_code_size(code: &str) -> Result<()> {
    if code.len() > MAX_CODE_BYTES {
        return Err(Error::InvalidInput(format!(
            "the code is {} KB; Pyprep keeps at most {} KB per challenge",
            code.len() / 1024,
            MAX_CODE_BYTES / 1024
        )));
    }
    Ok(())
}
