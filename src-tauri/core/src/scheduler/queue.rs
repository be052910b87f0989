//! Today's queue: which question to study next, within the daily limits.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::states::{self, IntervalPreview};
use crate::catalog::QuestionDetail;
use crate::plan::NewQuota;
use crate::{Engine, Result};

/// A question answered "again" comes back after others once this much time has passed.
const LEARNING_DELAY_MS: i64 = 10 * 60 * 1000;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QueueCounts {
    /// Reviews due today, within the daily review limit.
    pub due: u32,
    /// New questions still to introduce today, within the daily new limit.
    pub new: u32,
    /// Questions answered "again" today, coming back this session.
    pub learning: u32,
    pub reviewed_today: u32,
    /// New questions introduced today.
    pub new_done_today: u32,
    /// Consecutive study days up to today (or yesterday, before today's first answer).
    pub streak: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    pub question: QuestionDetail,
    /// The interval each grade would give, in grade order.
    pub intervals: Vec<IntervalPreview>,
    pub counts: QueueCounts,
}

/// Which questions a review session goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum ReviewScope {
    /// Today's queue: due reviews, new questions and relearning steps.
    #[default]
    Today,
    /// The questions flagged to revisit.
    Flagged,
}

struct Limits {
    due: u32,
    new: u32,
}

impl Engine {
    pub fn queue_counts(&self) -> Result<QueueCounts> {
        let today = self.today();
        self.queue_counts_with(today, &self.new_quota(today, None)?)
    }

    /// The counts for `today`, with the new questions `quota` allows.
    pub(crate) fn queue_counts_with(&self, today: i64, quota: &NewQuota) -> Result<QueueCounts> {
        let conn = &self.store.conn;
        let (new_done, reviews_done, reviewed_today, spent_ms): (u32, u32, u32, i64) = conn
            .prepare_cached(include_str!("sql/answers_today.sql"))?
            .query_row([today], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))?;
        let room = self.answers_left_in_budget(spent_ms)?;
        let limits = Limits {
            due: self.settings.reviews_per_day.saturating_sub(reviews_done).min(room),
            new: quota.total.saturating_sub(new_done),
        };
        let (due, new, learning): (u32, u32, u32) = conn
            .prepare_cached(include_str!("sql/queue_counts.sql"))?
            .query_row([today, i64::from(limits.due), i64::from(limits.new)], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?;
        // Reviews come first; new questions get what is left of the budget.
        let new = new.min(room.saturating_sub(due));
        Ok(QueueCounts {
            due,
            new,
            learning,
            reviewed_today,
            new_done_today: new_done,
            streak: self.streak(today)?,
        })
    }

    /// How many more answers fit in today's time budget, at the user's pace
    /// (at least one while any time is left); unlimited without a budget.
    fn answers_left_in_budget(&self, spent_ms: i64) -> Result<u32> {
        let Some(minutes) = self.settings.daily_minutes else {
            return Ok(u32::MAX);
        };
        let left_ms = i64::from(minutes) * 60_000 - spent_ms;
        if left_ms <= 0 {
            return Ok(0);
        }
        let per_answer_ms = (f64::from(self.seconds_per_answer()?) * 1000.0).max(1.0);
        Ok((left_ms as f64 / per_answer_ms).ceil() as u32)
    }

    /// The next question to study today, or None when the day's work is done.
    pub fn next_review(&self) -> Result<Option<ReviewItem>> {
        let counts = self.queue_counts()?;
        let today = self.today();
        let conn = &self.store.conn;
        let pick = |sql: &str, params: &[&dyn rusqlite::ToSql]| -> Result<Option<String>> {
            Ok(conn
                .prepare_cached(sql)?
                .query_row(params, |row| row.get(0))
                .optional()?)
        };
        let settled = self.now_ms() - LEARNING_DELAY_MS;
        let mut next = pick(include_str!("sql/next_learning.sql"), &[&today, &settled])?;
        if next.is_none() && counts.due > 0 {
            next = pick(include_str!("sql/next_due.sql"), &[&today])?;
        }
        if next.is_none() && counts.new > 0 {
            next = self.next_new_questions(today, 1)?.into_iter().next();
        }
        if next.is_none() {
            next = pick(include_str!("sql/next_learning.sql"), &[&today, &i64::MAX])?;
        }
        next.map(|id| self.review_item_with(&id, counts)).transpose()
    }

    /// The next question of a review session: today's queue, or the flagged
    /// questions not answered yet today (in the order they were flagged).
    pub fn next_review_in(&self, scope: ReviewScope) -> Result<Option<ReviewItem>> {
        match scope {
            ReviewScope::Today => self.next_review(),
            ReviewScope::Flagged => {
                let today = self.today();
                for flagged in self.flagged_questions()? {
                    let id = flagged.question.id;
                    let answered_today = self
                        .store
                        .conn
                        .prepare_cached("SELECT last_day FROM cards WHERE question_id = ?1")?
                        .query_row([&id], |row| row.get::<_, i64>(0))
                        .optional()?
                        .is_some_and(|day| day >= today);
                    if !answered_today && !flagged.question.suspended {
                        return self.review_item(&id).map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    pub(crate) fn review_item(&self, question_id: &str) -> Result<ReviewItem> {
        self.review_item_with(question_id, self.queue_counts()?)
    }

    fn review_item_with(&self, question_id: &str, counts: QueueCounts) -> Result<ReviewItem> {
        let question = self.question(question_id)?;
        let card = self
            .store
            .conn
            .prepare_cached(include_str!("sql/get_card.sql"))?
            .query_row([question_id], super::card::row_to_card)
            .optional()?;
        let context = self.review_context();
        let outcomes = self
            .model
            .outcomes(card.as_ref(), context.today, context.desired_retention)?;
        let outcomes = super::placement::placed(&self.store.conn, &context, question_id, card.as_ref(), outcomes)?;
        Ok(ReviewItem {
            question,
            intervals: states::previews(&outcomes),
            counts,
        })
    }
}
