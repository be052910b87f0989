//! Studying ahead, for the last days before an interview: questions due in
//! the next few days, or whose predicted recall on the interview day is below
//! the target, weakest first. Answers either count as reviews (recorded with
//! the days really elapsed, so FSRS sees an early review) or are practice
//! that records nothing.

use super::card::row_to_card;
use super::ReviewItem;
use crate::{Engine, Result};

/// How far ahead the user may look.
pub const MAX_AHEAD_DAYS: u32 = 30;

impl Engine {
    /// The next question to study ahead within `days`, skipping `seen` (the
    /// questions this session already showed), or None when there is none.
    pub fn next_ahead(&self, days: u32, seen: &[String]) -> Result<Option<ReviewItem>> {
        let days = days.clamp(1, MAX_AHEAD_DAYS);
        let context = self.review_context();
        let horizon = context.today + i64::from(days);
        let judged_on = context.interview_day.unwrap_or(horizon);
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/ahead_candidates.sql"))?;
        let weakest = statement
            .query_map([context.today], row_to_card)?
            .filter_map(|card| card.ok())
            .filter(|card| !seen.contains(&card.question_id))
            .map(|card| (self.model.recall_of(&card, judged_on), card))
            .filter(|(recall, card)| card.due_day <= horizon || *recall < context.desired_retention)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        weakest.map(|(_, card)| self.review_item(&card.question_id)).transpose()
    }

    /// An answer given while studying ahead: a review when `record`, else practice (nothing is written).
    pub fn answer_ahead(
        &mut self,
        question_id: &str,
        grade: super::Grade,
        duration_ms: u32,
        record: bool,
    ) -> Result<()> {
        if record {
            self.answer(question_id, grade, duration_ms)
        } else {
            self.question(question_id).map(|_| ())
        }
    }
}
