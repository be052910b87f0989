//! The FSRS parameters the scheduler works with: the user's own once they are
//! stored, FSRS-6's defaults until then.

use rusqlite::{Connection, OptionalExtension};

use crate::Result;

pub const PARAMETERS_KEY: &str = "fsrs_parameters";

pub fn parameters(conn: &Connection) -> Result<Vec<f32>> {
    let stored: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [PARAMETERS_KEY], |row| {
            row.get(0)
        })
        .optional()?;
    match stored {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Ok(fsrs::DEFAULT_PARAMETERS.to_vec()),
    }
}
