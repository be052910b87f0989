//! Today's queue: which question to study next, within the daily limits.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::kept::{KeptNext, KeptQueue};
use super::states::{self, IntervalPreview};
use crate::catalog::QuestionDetail;
use crate::plan::NewQuota;
use crate::storage::StoreVersion;
use crate::{Engine, Result};

/// A question answered "again" comes back after others once this much time has passed.
const LEARNING_DELAY_MS: i64 = 10 * 60 * 1000;

/// How many due reviews are read at a time into the kept queue's line.
const DUE_IN_LINE: u32 = if cfg!(test) { 2 } else { 32 };

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

/// Which question comes next and for how long it holds (see [`KeptNext`]).
struct Pick {
    id: Option<String>,
    from_ms: i64,
    until_ms: i64,
}

impl Engine {
    pub fn queue_counts(&self) -> Result<QueueCounts> {
        let today = self.today();
        self.kept_counts(today, self.store.version()?)
    }

    /// Today's counts at `version` of the store, as kept or worked out now.
    fn kept_counts(&self, today: i64, version: StoreVersion) -> Result<QueueCounts> {
        if let Some(kept) = self.kept_queue.borrow().as_ref() {
            if kept.version == version && kept.today == today {
                return Ok(kept.counts.clone());
            }
        }
        let counts = self.queue_counts_with(today, &self.new_quota(today, None)?)?;
        self.kept_queue.replace(Some(KeptQueue {
            version,
            today,
            counts: counts.clone(),
            next: None,
            due_in_line: Vec::new(),
        }));
        Ok(counts)
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
        let (due, new, learning): (u32, u32, u32) =
            conn.prepare_cached(include_str!("sql/queue_counts.sql"))?.query_row(
                params![today, limits.due, limits.new, self.excluded_modules_json()?],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
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
    /// Kept until something changes, so asking again costs next to nothing.
    pub fn next_review(&self) -> Result<Option<ReviewItem>> {
        let today = self.today();
        let now_ms = self.now_ms();
        let version = self.store.version()?;
        if let Some(kept) = self.kept_queue.borrow().as_ref() {
            if let Some(next) = kept
                .next
                .as_ref()
                .filter(|_| kept.version == version && kept.today == today)
            {
                if (next.from_ms..next.until_ms).contains(&now_ms) {
                    return Ok(next.item.clone());
                }
            }
        }
        let counts = self.kept_counts(today, version)?;
        let mut due_in_line = self
            .kept_queue
            .borrow_mut()
            .as_mut()
            .map(|kept| std::mem::take(&mut kept.due_in_line))
            .unwrap_or_default();
        let pick = self.pick_next(today, now_ms, &counts, &mut due_in_line)?;
        let item = pick.id.map(|id| self.review_item_with(&id, counts)).transpose()?;
        if let Some(kept) = self.kept_queue.borrow_mut().as_mut() {
            if kept.version == version && kept.today == today {
                kept.next = Some(KeptNext {
                    item: item.clone(),
                    from_ms: pick.from_ms,
                    until_ms: pick.until_ms,
                });
                kept.due_in_line = due_in_line;
            }
        }
        Ok(item)
    }

    /// Relearning first once its delay is over, then due reviews, then new
    /// questions, then relearning still within its delay. The due reviews
    /// come from `due_in_line`, read again when it runs out.
    fn pick_next(&self, today: i64, now_ms: i64, counts: &QueueCounts, due_in_line: &mut Vec<String>) -> Result<Pick> {
        let conn = &self.store.conn;
        let learning = |settled: i64| -> Result<Option<(String, i64)>> {
            if counts.learning == 0 {
                return Ok(None);
            }
            Ok(conn
                .prepare_cached(include_str!("sql/next_learning.sql"))?
                .query_row(params![today, settled], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()?)
        };
        if let Some((id, last_ms)) = learning(now_ms - LEARNING_DELAY_MS)? {
            // The first in line, for as long as it is past its delay.
            return Ok(Pick {
                id: Some(id),
                from_ms: last_ms.saturating_add(LEARNING_DELAY_MS),
                until_ms: i64::MAX,
            });
        }
        // Nothing past its delay: this pick holds until the first one is.
        let waiting = learning(i64::MAX)?;
        let until_ms = waiting
            .as_ref()
            .map_or(i64::MAX, |(_, last_ms)| last_ms.saturating_add(LEARNING_DELAY_MS));
        let mut next = None;
        if counts.due > 0 {
            if due_in_line.is_empty() {
                let mut statement = conn.prepare_cached(include_str!("sql/next_due.sql"))?;
                let ids = statement.query_map(params![today, DUE_IN_LINE], |row| row.get(0))?;
                *due_in_line = ids.collect::<rusqlite::Result<_>>()?;
                due_in_line.reverse();
            }
            next = due_in_line.last().cloned();
        }
        if next.is_none() && counts.new > 0 {
            next = self.next_new_questions(today, 1)?.into_iter().next();
        }
        if next.is_none() {
            next = waiting.map(|(id, _)| id);
        }
        Ok(Pick {
            id: next,
            from_ms: i64::MIN,
            until_ms,
        })
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

#[cfg(test)]
#[path = "queue_tests.rs"]
mod tests;
