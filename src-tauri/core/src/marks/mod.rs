//! What the user marks on a question: a flag to revisit it, suspended so it
//! stops coming back, or buried until tomorrow. Each change is one transaction.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{Engine, Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QuestionMarks {
    pub flagged: bool,
    pub suspended: bool,
    /// Out of today's queue; back tomorrow.
    pub buried: bool,
}

/// One change to a question's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum MarkChange {
    Flag {
        on: bool,
    },
    Suspend {
        on: bool,
    },
    /// Until the next study day (or back today, with `on: false`).
    Bury {
        on: bool,
    },
}

struct Stored {
    flagged: bool,
    suspended: bool,
    buried_until_day: Option<i64>,
    flagged_ms: Option<i64>,
}

impl Engine {
    pub fn marks(&self, question_id: &str) -> Result<QuestionMarks> {
        let stored = self.stored_marks(question_id)?;
        Ok(QuestionMarks {
            flagged: stored.flagged,
            suspended: stored.suspended,
            buried: stored.buried_until_day.is_some_and(|day| day > self.today()),
        })
    }

    /// Applies one change (committed before this returns) and gives the marks now.
    pub fn mark(&mut self, question_id: &str, change: MarkChange) -> Result<QuestionMarks> {
        let exists: Option<bool> = self
            .store
            .conn
            .query_row("SELECT retired FROM questions WHERE id = ?1", [question_id], |row| {
                row.get(0)
            })
            .optional()?;
        if exists.is_none() {
            return Err(Error::NotFound(format!("question {question_id:?}")));
        }
        let mut stored = self.stored_marks(question_id)?;
        match change {
            MarkChange::Flag { on } => {
                stored.flagged_ms = on.then(|| stored.flagged_ms.unwrap_or(self.now_ms()));
                stored.flagged = on;
            }
            MarkChange::Suspend { on } => stored.suspended = on,
            MarkChange::Bury { on } => stored.buried_until_day = on.then(|| self.today() + 1),
        }
        self.store.transact(|tx| {
            tx.prepare_cached(include_str!("sql/set_mark.sql"))?.execute(params![
                question_id,
                stored.flagged,
                stored.suspended,
                stored.buried_until_day,
                stored.flagged_ms,
            ])?;
            Ok(())
        })?;
        self.forget_kept();
        self.marks(question_id)
    }

    fn stored_marks(&self, question_id: &str) -> Result<Stored> {
        Ok(self
            .store
            .conn
            .prepare_cached(
                "SELECT flagged, suspended, buried_until_day, flagged_ms FROM question_marks WHERE question_id = ?1",
            )?
            .query_row([question_id], |row| {
                Ok(Stored {
                    flagged: row.get(0)?,
                    suspended: row.get(1)?,
                    buried_until_day: row.get(2)?,
                    flagged_ms: row.get(3)?,
                })
            })
            .optional()?
            .unwrap_or(Stored {
                flagged: false,
                suspended: false,
                buried_until_day: None,
                flagged_ms: None,
            }))
    }
}
