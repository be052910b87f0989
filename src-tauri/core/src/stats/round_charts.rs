//! Mock-round charts: the score of each scored round, and its time per question.

use rusqlite::Connection;
use serde::Serialize;

use crate::rounds::iso_time;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundPoint {
    pub id: u32,
    /// The role preset, or None for a custom round.
    pub preset: Option<String>,
    pub started_at: String,
    /// Mean question score, 0 to 1.
    pub score: f32,
    /// Mean time spent on an answered question; None when none was answered.
    pub seconds_per_question: Option<f32>,
    pub questions: u32,
}

pub fn round_points(conn: &Connection, since_ms: i64) -> Result<Vec<RoundPoint>> {
    let mut statement = conn.prepare_cached(include_str!("sql/round_points.sql"))?;
    let rows = statement.query_map([since_ms], |row| {
        Ok(RoundPoint {
            id: row.get(0)?,
            preset: row.get(1)?,
            started_at: iso_time(row.get(2)?),
            score: row.get::<_, Option<f64>>(3)?.unwrap_or(0.0) as f32,
            seconds_per_question: row.get::<_, Option<f64>>(4)?.map(|ms| (ms / 1000.0) as f32),
            questions: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
