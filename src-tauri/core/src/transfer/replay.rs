//! Working a question's schedule out again from its merged review log. An
//! answer recorded on top of the very card the log leads to keeps what was
//! recorded; one whose history changed under it (answers from another machine
//! came before it) is scheduled again with FSRS from the merged history.

use rusqlite::{params, Transaction};

use crate::scheduler::card::{Card, CardState};
use crate::scheduler::states::Model;
use crate::Result;

struct Entry {
    id: i64,
    reviewed_ms: i64,
    day: i64,
    grade: u8,
    state_before: CardState,
    interval_days: i64,
    stability: f32,
    difficulty: f32,
    prev_card: Option<Card>,
}

/// Rewrites the answers of `question_id` whose history changed, and its card.
pub(super) fn reschedule(tx: &Transaction, question_id: &str, model: &Model, retention: f32) -> Result<()> {
    let entries = log_of(tx, question_id)?;
    let mut rewrite = tx.prepare_cached(
        "UPDATE revlog SET state_before = ?2, interval_days = ?3, stability = ?4, difficulty = ?5, prev_card = ?6
         WHERE id = ?1",
    )?;
    let mut card: Option<Card> = None;
    for mut entry in entries {
        if entry.prev_card != card {
            let outcome = &model.outcomes(card.as_ref(), entry.day, retention)?[usize::from(entry.grade - 1)];
            entry.state_before = card.as_ref().map_or(CardState::New, |card| card.state);
            entry.interval_days = outcome.interval_days;
            entry.stability = outcome.stability;
            entry.difficulty = outcome.difficulty;
            rewrite.execute(params![
                entry.id,
                entry.state_before.as_str(),
                entry.interval_days,
                entry.stability,
                entry.difficulty,
                card.as_ref().map(serde_json::to_string).transpose()?,
            ])?;
        }
        card = Some(card_after(question_id, card.as_ref(), &entry));
    }
    if let Some(card) = card {
        card.save(tx)?;
    }
    Ok(())
}

fn card_after(question_id: &str, before: Option<&Card>, entry: &Entry) -> Card {
    let lapsed = entry.grade == 1 && entry.state_before == CardState::Review;
    Card {
        question_id: question_id.to_owned(),
        state: entry.state_before.after(entry.grade),
        stability: entry.stability,
        difficulty: entry.difficulty,
        due_day: entry.day + entry.interval_days,
        last_day: entry.day,
        last_ms: entry.reviewed_ms,
        reps: before.map_or(0, |card| card.reps) + 1,
        lapses: before.map_or(0, |card| card.lapses) + u32::from(lapsed),
    }
}

fn log_of(tx: &Transaction, question_id: &str) -> Result<Vec<Entry>> {
    let mut statement = tx.prepare_cached(
        "SELECT id, reviewed_ms, day, grade, state_before, interval_days, stability, difficulty, prev_card
         FROM revlog WHERE question_id = ?1 ORDER BY reviewed_ms, id",
    )?;
    let rows = statement
        .query_map([question_id], |row| {
            Ok((
                Entry {
                    id: row.get(0)?,
                    reviewed_ms: row.get(1)?,
                    day: row.get(2)?,
                    grade: row.get(3)?,
                    state_before: CardState::parse(&row.get::<_, String>(4)?),
                    interval_days: row.get(5)?,
                    stability: row.get(6)?,
                    difficulty: row.get(7)?,
                    prev_card: None,
                },
                row.get::<_, Option<String>>(8)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(mut entry, prev_card)| {
            entry.prev_card = prev_card.as_deref().map(serde_json::from_str).transpose()?;
            Ok(entry)
        })
        .collect()
}
