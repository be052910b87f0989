//! Recording an answer: the review-log row and the card's new state are
//! written in one transaction before the call returns.

use rusqlite::{params, OptionalExtension};

use super::card::{Card, CardState};
use super::{states, Grade};
use crate::{Engine, Error, Result};

/// Longer answers count as this long, so a break mid-question does not skew time spent.
const MAX_DURATION_MS: u32 = 10 * 60 * 1000;

impl Engine {
    pub fn answer(&mut self, question_id: &str, grade: Grade, duration_ms: u32) -> Result<()> {
        let today = self.today();
        let now_ms = self.now_ms();
        let retention = self.settings.desired_retention;
        self.store.transact(|tx| {
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
            let outcomes = states::outcomes(previous.as_ref(), today, retention)?;
            let outcome = &outcomes[usize::from(grade.number() - 1)];
            let state_before = previous.as_ref().map_or(CardState::New, |card| card.state);
            let lapsed = grade == Grade::Again && state_before == CardState::Review;

            tx.prepare_cached(include_str!("sql/add_revlog.sql"))?.execute(params![
                question_id,
                now_ms,
                today,
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
                due_day: today + outcome.interval_days,
                last_day: today,
                last_ms: now_ms,
                reps: previous.as_ref().map_or(0, |card| card.reps) + 1,
                lapses: previous.as_ref().map_or(0, |card| card.lapses) + u32::from(lapsed),
            }
            .save(tx)
        })
    }
}
