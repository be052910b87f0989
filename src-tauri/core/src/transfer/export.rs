//! Writing the user's progress out: the whole store as one progress file.

use std::io::Write;

use rusqlite::{Connection, Row};

use super::format::*;
use crate::catalog::{parse_json, parse_json_text};
use crate::scheduler::card::{row_to_card, CardState};
use crate::{Engine, Result};

/// Files bigger than this are worth compressing; smaller ones stay readable as they are.
pub const COMPRESS_ABOVE_BYTES: usize = 4 * 1024 * 1024;

impl Engine {
    /// Everything the user's study produced, read in one transaction so the parts agree.
    pub fn export_progress(&mut self) -> Result<ProgressFile> {
        let exported_at = chrono::DateTime::from_timestamp_millis(self.now_ms())
            .unwrap_or_default()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let settings = self.settings.clone();
        let parameters = self.model.parameters().to_vec();
        self.store.transact(|tx| {
            Ok(ProgressFile {
                format: FORMAT.to_owned(),
                version: VERSION,
                exported_at,
                app_version: env!("CARGO_PKG_VERSION").to_owned(),
                settings,
                fsrs_parameters: parameters,
                reviews: reviews(tx)?,
                cards: list(tx, "SELECT question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses FROM cards ORDER BY question_id", row_to_card)?,
                rounds: rounds(tx)?,
                drafts: list(tx, "SELECT question_id, place, code, updated_ms FROM drafts ORDER BY question_id, place", |row| {
                    Ok(DraftRecord { question_id: row.get(0)?, place: row.get(1)?, code: row.get(2)?, updated_ms: row.get(3)? })
                })?,
                attempts: list(tx, include_str!("sql/export_attempts.sql"), |row| {
                    Ok(AttemptRecord {
                        question_id: row.get(0)?,
                        place: row.get(1)?,
                        at_ms: row.get(2)?,
                        passed: row.get(3)?,
                        total: row.get(4)?,
                        duration_ms: row.get(5)?,
                        hints_used: row.get(6)?,
                        solution_shown: row.get(7)?,
                        code: row.get(8)?,
                        review_ms: row.get(9)?,
                    })
                })?,
                notes: list(tx, "SELECT question_id, text, updated_ms FROM notes ORDER BY question_id", |row| {
                    Ok(NoteRecord { question_id: row.get(0)?, text: row.get(1)?, updated_ms: row.get(2)? })
                })?,
                marks: list(tx, "SELECT question_id, flagged, suspended, buried_until_day, flagged_ms FROM question_marks ORDER BY question_id", |row| {
                    Ok(MarkRecord {
                        question_id: row.get(0)?,
                        flagged: row.get(1)?,
                        suspended: row.get(2)?,
                        buried_until_day: row.get(3)?,
                        flagged_ms: row.get(4)?,
                    })
                })?,
            })
        })
    }
}

/// The file's bytes: JSON, gzipped when `compress`.
pub fn encode(file: &ProgressFile, compress: bool) -> Result<Vec<u8>> {
    let json = serde_json::to_vec_pretty(file)?;
    if !compress {
        return Ok(json);
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let io = |source| crate::Error::Io {
        path: "the export".into(),
        source,
    };
    encoder.write_all(&json).map_err(io)?;
    encoder.finish().map_err(io)
}

fn list<T>(conn: &Connection, sql: &str, map: impl FnMut(&Row) -> rusqlite::Result<T>) -> Result<Vec<T>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map([], map)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn reviews(conn: &Connection) -> Result<Vec<ReviewRecord>> {
    let rows = list(conn, include_str!("sql/export_reviews.sql"), |row| {
        Ok((
            ReviewRecord {
                question_id: row.get(0)?,
                reviewed_ms: row.get(1)?,
                day: row.get(2)?,
                grade: row.get(3)?,
                state_before: CardState::parse(&row.get::<_, String>(4)?),
                interval_days: row.get(5)?,
                stability: row.get(6)?,
                difficulty: row.get(7)?,
                duration_ms: row.get(8)?,
                prev_card: None,
            },
            row.get::<_, Option<String>>(9)?,
        ))
    })?;
    rows.into_iter()
        .map(|(mut review, prev_card)| {
            review.prev_card = prev_card.as_deref().map(serde_json::from_str).transpose()?;
            Ok(review)
        })
        .collect()
}

fn rounds(conn: &Connection) -> Result<Vec<RoundRecord>> {
    let mut questions = conn.prepare(include_str!("sql/export_round_questions.sql"))?;
    let rounds = list(conn, include_str!("sql/export_rounds.sql"), |row| {
        Ok((
            row.get::<_, i64>(0)?,
            RoundRecord {
                preset: row.get(1)?,
                title: row.get(2)?,
                mode: row.get(3)?,
                seed: row.get(4)?,
                hide_difficulty: row.get(5)?,
                time_limit_ms: row.get(6)?,
                time_left_ms: row.get(7)?,
                started_ms: row.get(8)?,
                updated_ms: row.get(9)?,
                current: row.get(10)?,
                finished_ms: row.get(11)?,
                scored_ms: row.get(12)?,
                questions: Vec::new(),
            },
        ))
    })?;
    rounds
        .into_iter()
        .map(|(id, mut round)| {
            round.questions = questions
                .query_map([id], |row| {
                    Ok(RoundQuestionRecord {
                        question_id: row.get(0)?,
                        status: row.get(1)?,
                        flagged: row.get(2)?,
                        answer_text: row.get(3)?,
                        selected: parse_json(row, 4)?,
                        time_ms: row.get(5)?,
                        correct: row.get(6)?,
                        ticked: row
                            .get::<_, Option<String>>(7)?
                            .map(|json| parse_json_text(&json, 7))
                            .transpose()?,
                        score: row.get(8)?,
                        tests_passed: row.get(9)?,
                        tests_total: row.get(10)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(round)
        })
        .collect()
}
