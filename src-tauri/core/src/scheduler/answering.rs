//! Recording an answer: the review-log row and the card's new state are
//! written in one transaction before the call returns.

use rusqlite::{params, OptionalExtension, Transaction};

use super::card::{Card, CardState};
use super::{states, Grade};
use crate::{Engine, Error, Result};

/// Longer answers count as this long, so a break mid-question does not skew time spent.
const MAX_DURATION_MS: u32 = 10 * 60 * 1000;

/// When and how an answer is recorded.
pub(crate) struct ReviewContext {
    pub today: i64,
    pub now_ms: i64,
    pub desired_retention: f32,
}

impl Engine {
    pub fn answer(&mut self, question_id: &str, grade: Grade, duration_ms: u32) -> Result<()> {
        let context = self.review_context();
        self.store
            .transact(|tx| record_review(tx, &context, question_id, grade, duration_ms))
    }

    pub(crate) fn review_context(&self) -> ReviewContext {
        ReviewContext {
            today: self.today(),
            now_ms: self.now_ms(),
            desired_retention: self.settings.desired_retention,
        }
    }
}

/// Writes one answer inside the caller's transaction.
pub(crate) fn record_review(
    tx: &Transaction,
    context: &ReviewContext,
    question_id: &str,
    grade: Grade,
    duration_ms: u32,
) -> Result<()> {
    let retired: Option<bool> = tx
        .query_row("SELECT retired FROM questions WHERE id = ?1", [question_id], |row| {
            row.get(0)
        })
        .optional()?;
    match retired {
        None => return Err(Error::NotFound(format!("question {question_id:?}"))),
        Some(true) => return Err(Error::InvalidInput(format!("question {question_id:?} is retired"))),
        Some(false) => {}
    }
    let previous = Card::load(tx, question_id)?;
    let outcomes = states::outcomes(previous.as_ref(), context.today, context.desired_retention)?;
    let outcome = &outcomes[usize::from(grade.number() - 1)];
    let state_before = previous.as_ref().map_or(CardState::New, |card| card.state);
    let lapsed = grade == Grade::Again && state_before == CardState::Review;

    tx.prepare_cached(include_str!("sql/add_revlog.sql"))?.execute(params![
        question_id,
        context.now_ms,
        context.today,
        grade.number(),
        state_before.as_str(),
        outcome.interval_days,
        outcome.stability,
        outcome.difficulty,
        duration_ms.min(MAX_DURATION_MS),
        previous.as_ref().map(serde_json::to_string).transpose()?,
    ])?;
    Card {
        question_id: question_id.to_owned(),
        state: outcome.state,
        stability: outcome.stability,
        difficulty: outcome.difficulty,
        due_day: context.today + outcome.interval_days,
        last_day: context.today,
        last_ms: context.now_ms,
        reps: previous.as_ref().map_or(0, |card| card.reps) + 1,
        lapses: previous.as_ref().map_or(0, |card| card.lapses) + u32::from(lapsed),
    }
    .save(tx)?;
    crate::stats::daily::refresh_day(tx, context.today)
}
