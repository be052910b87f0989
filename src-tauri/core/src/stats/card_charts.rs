//! Charts of where the questions stand now: the forecast, states per module
//! and the distribution of memory stability.

use rusqlite::Connection;
use serde::Serialize;

use super::FORECAST_DAYS;
use crate::catalog::MATURE_DAYS;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleStates {
    pub slug: String,
    pub title: String,
    pub new: u32,
    pub learning: u32,
    pub young: u32,
    pub mature: u32,
    /// Questions that left the bank; their history is kept.
    pub retired: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HistogramBucket {
    pub label: String,
    pub count: u32,
}

/// Upper bounds (days, exclusive) of the stability buckets, and their labels.
const STABILITY_BUCKETS: [(f32, &str); 11] = [
    (1.0, "< 1 day"),
    (2.0, "1-2 days"),
    (4.0, "2-4 days"),
    (7.0, "4-7 days"),
    (14.0, "1-2 weeks"),
    (30.0, "2-4 weeks"),
    (60.0, "1-2 months"),
    (120.0, "2-4 months"),
    (240.0, "4-8 months"),
    (365.0, "8-12 months"),
    (f32::INFINITY, "1 year +"),
];

pub fn forecast(conn: &Connection, module: Option<&str>, today: i64) -> Result<Vec<u32>> {
    let mut days = vec![0; FORECAST_DAYS];
    let mut statement = conn.prepare_cached(include_str!("sql/forecast.sql"))?;
    let mut rows = statement.query(rusqlite::params![module, today, FORECAST_DAYS as i64])?;
    while let Some(row) = rows.next()? {
        let offset: i64 = row.get(0)?;
        days[offset as usize] = row.get(1)?;
    }
    Ok(days)
}

pub fn module_states(conn: &Connection, module: Option<&str>) -> Result<Vec<ModuleStates>> {
    let mut statement = conn.prepare_cached(include_str!("sql/module_states.sql"))?;
    let rows = statement.query_map(rusqlite::params![module, MATURE_DAYS], |row| {
        Ok(ModuleStates {
            slug: row.get(0)?,
            title: row.get(1)?,
            new: row.get(2)?,
            learning: row.get(3)?,
            young: row.get(4)?,
            mature: row.get(5)?,
            retired: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn stability_histogram(conn: &Connection, module: Option<&str>) -> Result<Vec<HistogramBucket>> {
    let mut counts = [0u32; STABILITY_BUCKETS.len()];
    let mut statement = conn.prepare_cached(include_str!("sql/stabilities.sql"))?;
    let mut rows = statement.query([module])?;
    while let Some(row) = rows.next()? {
        let stability: f32 = row.get(0)?;
        let bucket = STABILITY_BUCKETS
            .iter()
            .position(|(bound, _)| stability < *bound)
            .unwrap_or(STABILITY_BUCKETS.len() - 1);
        counts[bucket] += 1;
    }
    Ok(STABILITY_BUCKETS
        .iter()
        .zip(counts)
        .map(|((_, label), count)| HistogramBucket {
            label: (*label).to_owned(),
            count,
        })
        .collect())
}
