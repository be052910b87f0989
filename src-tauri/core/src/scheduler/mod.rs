//! Spaced repetition with FSRS-6: when each question comes back.

mod ahead;
pub(crate) mod answering;
pub(crate) mod card;
pub mod day;
pub(crate) mod grading;
mod info;
mod kept;
mod memory;
pub mod optimizer;
mod parameters;
pub mod placement;
mod queue;
pub(crate) mod states;
mod undo;

use serde::{Deserialize, Serialize};

pub use ahead::MAX_AHEAD_DAYS;
pub use card::CardState;
pub use grading::{UserAnswer, Verdict};
pub use info::{CurvePoint, PastAnswer, QuestionSchedule};
pub(crate) use kept::KeptQueue;
pub use parameters::{parameters, PARAMETERS_KEY};
pub use queue::{QueueCounts, ReviewItem, ReviewScope};
pub use states::{IntervalPreview, Model};

/// How well the user recalled the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// 1 to 4, as FSRS and the review log number them.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(number: u8) -> Option<Grade> {
        Grade::ALL.get(usize::from(number).checked_sub(1)?).copied()
    }
}
