//! The review log alone as CSV, one answer per row, for people who analyse
//! their own data in a spreadsheet or pandas.

use crate::scheduler::day::date_of_day;
use crate::{Engine, Error, Result};

const HEADER: [&str; 13] = [
    "question_id",
    "module",
    "question",
    "reviewed_at_utc",
    "study_day",
    "grade",
    "rating",
    "state_before",
    "interval_days",
    "stability_days",
    "difficulty",
    "duration_ms",
    "due_date",
];

impl Engine {
    pub fn export_review_log_csv(&self) -> Result<Vec<u8>> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let broken = |error: csv::Error| Error::InvalidInput(format!("could not write the CSV: {error}"));
        writer.write_record(HEADER).map_err(broken)?;
        let mut statement = self.store.conn.prepare(include_str!("sql/review_log_csv.sql"))?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let reviewed_ms: i64 = row.get(3)?;
            let day: i64 = row.get(4)?;
            let grade: u8 = row.get(5)?;
            let interval: i64 = row.get(7)?;
            let reviewed_at = chrono::DateTime::from_timestamp_millis(reviewed_ms)
                .unwrap_or_default()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            writer
                .write_record([
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    reviewed_at,
                    date_of_day(day),
                    grade.to_string(),
                    ["again", "hard", "good", "easy"][usize::from(grade.clamp(1, 4) - 1)].to_owned(),
                    row.get::<_, String>(6)?,
                    interval.to_string(),
                    format!("{:.4}", row.get::<_, f64>(8)?),
                    format!("{:.4}", row.get::<_, f64>(9)?),
                    row.get::<_, i64>(10)?.to_string(),
                    date_of_day(day + interval),
                ])
                .map_err(broken)?;
        }
        writer
            .into_inner()
            .map_err(|error| Error::InvalidInput(format!("could not write the CSV: {error}")))
    }
}
