//! Putting a set of FSRS parameters in use: stored in the database, and every
//! card's memory state worked out again from its review log with them, so
//! recall predictions follow the new parameters. Due dates stay as they are:
//! the change shows in the intervals of the next answers.

use fsrs::{FSRSItem, FSRSReview};
use rusqlite::{params, Transaction};

use super::states::Model;
use super::PARAMETERS_KEY;
use crate::Result;

pub(crate) fn put_in_use(tx: &Transaction, model: &Model) -> Result<()> {
    if model.is_default() {
        tx.execute("DELETE FROM meta WHERE key = ?1", [PARAMETERS_KEY])?;
    } else {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![PARAMETERS_KEY, serde_json::to_string(model.parameters())?],
        )?;
    }
    let fsrs = model.fsrs()?;
    let mut histories: Vec<(String, Vec<FSRSReview>)> = Vec::new();
    {
        let mut statement = tx.prepare(include_str!("sql/training_reviews.sql"))?;
        let mut rows = statement.query([])?;
        let mut previous_day = 0;
        while let Some(row) = rows.next()? {
            let question: String = row.get(0)?;
            let (grade, day): (u32, i64) = (row.get(1)?, row.get(2)?);
            let same = histories.last().is_some_and(|(id, _)| *id == question);
            if !same {
                histories.push((question, Vec::new()));
                previous_day = day;
            }
            let reviews = &mut histories.last_mut().expect("just pushed").1;
            reviews.push(FSRSReview {
                rating: grade,
                delta_t: (day - previous_day).max(0) as u32,
            });
            previous_day = day;
        }
    }
    let mut update = tx.prepare_cached("UPDATE cards SET stability = ?2, difficulty = ?3 WHERE question_id = ?1")?;
    for (question, reviews) in histories {
        let memory = fsrs.memory_state(FSRSItem { reviews }, None)?;
        update.execute(params![question, memory.stability, memory.difficulty])?;
    }
    Ok(())
}
