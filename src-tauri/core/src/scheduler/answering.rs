//! Recording an answer: the review-log row and the card's new state are
//! written in one transaction before the call returns.

use rusqlite::{params, OptionalExtension, Transaction};

use super::card::{Card, CardState};
use super::states::Model;
use super::Grade;
use crate::{Engine, Error, Result};

/// Longer answers count as this long, so a break mid-question does not skew time spent.
const MAX_DURATION_MS: u32 = 10 * 60 * 1000;

/// When and how an answer is recorded.
pub(crate) struct ReviewContext {
    pub today: i64,
    pub now_ms: i64,
    pub desired_retention: f32,
    pub model: Model,
    /// The interview day while it is ahead: intervals are kept from crossing it unprepared.
    pub interview_day: Option<i64>,
}

impl Engine {
    pub fn answer(&mut self, question_id: &str, grade: Grade, duration_ms: u32) -> Result<()> {
        let context = self.review_context();
        let before = self.store.version()?;
        let answered = self
            .store
            .transact(|tx| record_review(tx, &context, question_id, grade, duration_ms))?;
        self.carry_kept_queue(before, &answered);
        Ok(())
    }

    pub(crate) fn review_context(&self) -> ReviewContext {
        let today = self.today();
        ReviewContext {
            today,
            now_ms: self.now_ms(),
            desired_retention: self.settings.desired_retention,
            model: self.model.clone(),
            interview_day: self
                .settings
                .interview_date
                .as_deref()
                .and_then(super::day::day_of_date)
                .filter(|day| *day > today),
        }
    }
}

/// What one answer did to its question.
pub(crate) struct Answered {
    pub question_id: String,
    pub today: i64,
    pub state_before: CardState,
    pub state_after: CardState,
    pub due_day: i64,
}

/// Writes one answer inside the caller's transaction.
pub(crate) fn record_review(
    tx: &Transaction,
    context: &ReviewContext,
    question_id: &str,
    grade: Grade,
    duration_ms: u32,
) -> Result<Answered> {
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
    let outcomes = context
        .model
        .outcomes(previous.as_ref(), context.today, context.desired_retention)?;
    let outcomes = super::placement::placed(tx, context, question_id, previous.as_ref(), outcomes)?;
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
    let due_day = context.today + outcome.interval_days;
    Card {
        question_id: question_id.to_owned(),
        state: outcome.state,
        stability: outcome.stability,
        difficulty: outcome.difficulty,
        due_day,
        last_day: context.today,
        last_ms: context.now_ms,
        reps: previous.as_ref().map_or(0, |card| card.reps) + 1,
        lapses: previous.as_ref().map_or(0, |card| card.lapses) + u32::from(lapsed),
    }
    .save(tx)?;
    crate::stats::daily::refresh_day(tx, context.today)?;
    Ok(Answered {
        question_id: question_id.to_owned(),
        today: context.today,
        state_before,
        state_after: outcome.state,
        due_day,
    })
}

#[cfg(test)]
mod tests {
    use super::super::card::Card;
    use crate::scheduler::Grade;
    use crate::{Engine, Settings};

    fn snapshot(engine: &mut Engine, question_id: &str) -> (u32, Option<Card>) {
        let reviews = engine
            .store
            .conn
            .query_row("SELECT COUNT(*) FROM revlog", [], |row| row.get(0))
            .unwrap();
        let card = engine.store.transact(|tx| Card::load(tx, question_id)).unwrap();
        (reviews, card)
    }

    #[test]
    fn a_full_disk_refuses_an_answer_whole_and_it_goes_through_once_there_is_room() {
        let dir = tempfile::tempdir().unwrap();
        let settings = Settings {
            new_per_day: 9999,
            ..Settings::default()
        };
        let mut engine = Engine::open(&dir.path().join("pyprep.sqlite3"), settings).unwrap();
        let pages: i64 = engine
            .store
            .conn
            .query_row("PRAGMA page_count", [], |row| row.get(0))
            .unwrap();
        // The file may not grow: the first answer that needs a new page meets a "full disk".
        engine.store.conn.pragma_update(None, "max_page_count", pages).unwrap();
        let (question, error) = loop {
            let item = engine.next_review().unwrap().expect("a question");
            let before = snapshot(&mut engine, &item.question.id);
            match engine.answer(&item.question.id, Grade::Good, 1_000) {
                Ok(()) => assert!(before.0 < 5_000, "the page limit never bit"),
                Err(error) => {
                    assert_eq!(snapshot(&mut engine, &item.question.id), before, "nothing was written");
                    break (item.question.id, error);
                }
            }
        };
        assert!(
            error.to_string().starts_with("the disk is full, so nothing was saved"),
            "{error}"
        );

        engine
            .store
            .conn
            .pragma_update(None, "max_page_count", 1_073_741_823)
            .unwrap();
        let before = snapshot(&mut engine, &question);
        engine.answer(&question, Grade::Good, 1_000).unwrap();
        assert_eq!(snapshot(&mut engine, &question).0, before.0 + 1);
    }
}
