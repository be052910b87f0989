//! Coding challenges solved, per difficulty.

use rusqlite::Connection;
use serde::Serialize;

use crate::content::Difficulty;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChallengesSolved {
    pub difficulty: Difficulty,
    /// Challenges of this level in the bank.
    pub total: u32,
    /// Submitted at least once.
    pub attempted: u32,
    /// Passed every test in some attempt.
    pub solved: u32,
}

/// One row per level that has challenges, junior first.
pub fn challenges_solved(conn: &Connection) -> Result<Vec<ChallengesSolved>> {
    let mut rows: Vec<ChallengesSolved> = conn
        .prepare_cached(include_str!("sql/challenges_solved.sql"))?
        .query_map([], |row| {
            Ok(ChallengesSolved {
                difficulty: crate::catalog::parse_enum(row, 0)?,
                total: row.get(1)?,
                attempted: row.get(2)?,
                solved: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.sort_by_key(|row| row.difficulty);
    Ok(rows)
}
