//! The code in progress for a challenge, saved as the user types.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::check_code_size;
use crate::{Engine, Result};

/// Where a challenge is being worked on. A review starts from the starter code,
/// so its draft is kept apart from the question page's, and cleared once graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum DraftPlace {
    Question,
    Review,
}

impl DraftPlace {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            DraftPlace::Question => "question",
            DraftPlace::Review => "review",
        }
    }
}

impl Engine {
    /// Saves the code typed so far (committed before this returns).
    pub fn save_draft(&mut self, question_id: &str, place: DraftPlace, code: &str) -> Result<()> {
        check_code_size(code)?;
        self.require_challenge(question_id)?;
        let now = self.now_ms();
        self.store.transact(|tx| {
            tx.prepare_cached(include_str!("sql/save_draft.sql"))?.execute(params![
                question_id,
                place.as_str(),
                code,
                now
            ])?;
            Ok(())
        })
    }

    pub(crate) fn draft(&self, question_id: &str, place: DraftPlace) -> Result<Option<String>> {
        Ok(self
            .store
            .conn
            .prepare_cached("SELECT code FROM drafts WHERE question_id = ?1 AND place = ?2")?
            .query_row(params![question_id, place.as_str()], |row| row.get(0))
            .optional()?)
    }
}
