//! A personal note per question, in Markdown, saved as the user types and
//! searched with the bank.

use rusqlite::params;

use crate::{Engine, Error, Result};

/// A note longer than this is refused; notes are a few paragraphs, not files.
pub const MAX_NOTE_BYTES: usize = 50 * 1024;

impl Engine {
    /// Saves the note (an empty one removes it), committed before this returns.
    pub fn save_note(&mut self, question_id: &str, text: &str) -> Result<()> {
        if text.len() > MAX_NOTE_BYTES {
            return Err(Error::InvalidInput(format!(
                "a note holds at most {} KB",
                MAX_NOTE_BYTES / 1024
            )));
        }
        self.question(question_id)?;
        let now = self.now_ms();
        self.store.transact(|tx| {
            tx.execute("DELETE FROM note_search WHERE question_id = ?1", [question_id])?;
            if text.trim().is_empty() {
                tx.execute("DELETE FROM notes WHERE question_id = ?1", [question_id])?;
                return Ok(());
            }
            tx.execute(
                "INSERT INTO notes (question_id, text, updated_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, updated_ms = excluded.updated_ms",
                params![question_id, text, now],
            )?;
            tx.execute(
                "INSERT INTO note_search (question_id, text) VALUES (?1, ?2)",
                params![question_id, text],
            )?;
            Ok(())
        })
    }
}
