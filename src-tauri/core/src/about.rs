//! What Settings → About shows: the app's version, the question bank the
//! store holds, the database schema and where the data lives.

use std::path::Path;

use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::storage::SCHEMA_VERSION;
use crate::sync::BANK_VERSION_KEY;
use crate::{Engine, Result};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct About {
    /// The workspace's version (its Cargo.toml), which every crate and the installers share.
    pub app_version: String,
    /// The version in the bank's `bank.toml`; empty before the first sync.
    pub bank_version: String,
    /// Questions the bank holds today (retired ones left out).
    pub question_count: u32,
    pub module_count: u32,
    /// The schema this build brings the database to.
    pub schema_version: u32,
    /// The folder the database and settings live in.
    pub data_dir: String,
}

impl Engine {
    pub fn about(&self, data_dir: &Path) -> Result<About> {
        let conn = &self.store.conn;
        let (question_count, module_count): (u32, u32) = conn.query_row(
            "SELECT (SELECT COUNT(*) FROM questions WHERE retired = 0), (SELECT COUNT(*) FROM modules)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let bank_version: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [BANK_VERSION_KEY], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(About {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            bank_version: bank_version.unwrap_or_default(),
            question_count,
            module_count,
            schema_version: SCHEMA_VERSION as u32,
            data_dir: data_dir.display().to_string(),
        })
    }
}
