//! What Settings → About tells of the engine: the question bank in the store
//! and the database schema.

use serde::Serialize;

use crate::{Engine, Result};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AboutEngine {
    /// The bank's fingerprint: a hash of every file of `content/`, so two
    /// builds carry the same version exactly when they carry the same bank.
    pub bank_version: String,
    /// Questions the bank holds today (retired ones left out).
    pub question_count: u32,
    pub module_count: u32,
    /// The version the database file is at (`PRAGMA user_version`).
    pub schema_version: u32,
}

impl Engine {
    pub fn about(&self) -> Result<AboutEngine> {
        let conn = &self.store.conn;
        let (question_count, module_count): (u32, u32) = conn.query_row(
            "SELECT (SELECT COUNT(*) FROM questions WHERE retired = 0), (SELECT COUNT(*) FROM modules)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let schema_version: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        Ok(AboutEngine {
            bank_version: self.stored_content_hash()?.unwrap_or_default(),
            question_count,
            module_count,
            schema_version,
        })
    }
}
