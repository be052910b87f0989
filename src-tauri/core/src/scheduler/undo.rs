//! Undoing the last answer of the day: the card goes back exactly as it was
//! and the review-log row is removed, in one transaction.

use rusqlite::OptionalExtension;

use super::card::Card;
use super::ReviewItem;
use crate::{Engine, Error, Result};

impl Engine {
    /// Undoes today's most recent answer and returns that question, ready to answer again.
    pub fn undo(&mut self) -> Result<ReviewItem> {
        let today = self.today();
        let question_id = self.store.transact(|tx| {
            let last: Option<(i64, String, Option<String>)> = tx
                .query_row(include_str!("sql/last_answer.sql"), [today], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .optional()?;
            let (revlog_id, question_id, previous) = last.ok_or(Error::NothingToUndo)?;
            match previous {
                None => {
                    tx.execute("DELETE FROM cards WHERE question_id = ?1", [&question_id])?;
                }
                Some(json) => serde_json::from_str::<Card>(&json)?.save(tx)?,
            }
            tx.execute("DELETE FROM revlog WHERE id = ?1", [revlog_id])?;
            crate::stats::daily::refresh_day(tx, today)?;
            Ok(question_id)
        })?;
        self.review_item(&question_id)
    }
}
