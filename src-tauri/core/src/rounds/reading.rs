//! Reading a round back: its settings, clock and answers with each question's detail.

use rusqlite::OptionalExtension;

use super::{AnswerStatus, Round, RoundMode, RoundQuestion, RoundStage};
use crate::catalog::{parse_json, parse_json_text, QuestionDetail};
use crate::{Engine, Error, Result};

impl Engine {
    /// The round as it stands.
    pub fn round(&self, id: u32) -> Result<Round> {
        let row = self
            .store
            .conn
            .prepare_cached(include_str!("sql/get_round.sql"))?
            .query_row([id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, bool>(3)?,
                    row.get::<_, i64>(4)?,
                    row.get::<_, i64>(5)?,
                    row.get::<_, u32>(6)?,
                    row.get::<_, i64>(7)?,
                    stage_of(row.get(8)?, row.get(9)?),
                ))
            })
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("round {id}")))?;
        let (title, preset, mode, hide_difficulty, limit_ms, left_ms, current, started_ms, stage) = row;
        let stored: Vec<StoredAnswer> = self
            .store
            .conn
            .prepare_cached(include_str!("sql/round_questions.sql"))?
            .query_map([id], row_to_stored_answer)?
            .collect::<rusqlite::Result<_>>()?;
        let mut questions = Vec::with_capacity(stored.len());
        for answer in stored {
            let question = self.question(&answer.question_id)?;
            questions.push(answer.with_question(question));
        }
        Ok(Round {
            id,
            title,
            preset,
            mode: if mode == "practice" {
                RoundMode::Practice
            } else {
                RoundMode::Interview
            },
            hide_difficulty,
            stage,
            time_limit_ms: clamp_ms(limit_ms),
            time_left_ms: clamp_ms(left_ms),
            current,
            started_at: iso_time(started_ms),
            questions,
        })
    }

    /// The round still being answered, if any: the app offers to resume it.
    pub fn active_round(&self) -> Result<Option<u32>> {
        Ok(self
            .store
            .conn
            .query_row(
                "SELECT id FROM rounds WHERE finished_ms IS NULL ORDER BY id DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?)
    }
}

pub(crate) fn stage_of(finished: Option<i64>, scored: Option<i64>) -> RoundStage {
    match (finished, scored) {
        (None, _) => RoundStage::Answering,
        (Some(_), None) => RoundStage::Scoring,
        (Some(_), Some(_)) => RoundStage::Done,
    }
}

/// An answer as stored, before its question's detail is added.
struct StoredAnswer {
    position: u32,
    question_id: String,
    status: AnswerStatus,
    flagged: bool,
    answer_text: String,
    selected: Vec<u32>,
    time_ms: u32,
    correct: Option<bool>,
    ticked: Option<Vec<u32>>,
    score: Option<f32>,
    tests_passed: Option<u32>,
    tests_total: Option<u32>,
}

impl StoredAnswer {
    fn with_question(self, question: QuestionDetail) -> RoundQuestion {
        RoundQuestion {
            position: self.position,
            question,
            status: self.status,
            flagged: self.flagged,
            answer_text: self.answer_text,
            selected: self.selected,
            time_ms: self.time_ms,
            correct: self.correct,
            ticked: self.ticked,
            score: self.score,
            tests_passed: self.tests_passed,
            tests_total: self.tests_total,
        }
    }
}

fn row_to_stored_answer(row: &rusqlite::Row) -> rusqlite::Result<StoredAnswer> {
    let ticked: Option<String> = row.get(8)?;
    Ok(StoredAnswer {
        position: row.get(0)?,
        question_id: row.get(1)?,
        status: status_of(&row.get::<_, String>(2)?),
        flagged: row.get(3)?,
        answer_text: row.get(4)?,
        selected: parse_json(row, 5)?,
        time_ms: row.get(6)?,
        correct: row.get(7)?,
        ticked: ticked.map(|json| parse_json_text(&json, 8)).transpose()?,
        score: row.get(9)?,
        tests_passed: row.get(10)?,
        tests_total: row.get(11)?,
    })
}

fn status_of(text: &str) -> AnswerStatus {
    match text {
        "answered" => AnswerStatus::Answered,
        "skipped" => AnswerStatus::Skipped,
        _ => AnswerStatus::Unanswered,
    }
}

pub(crate) fn clamp_ms(ms: i64) -> u32 {
    u32::try_from(ms.max(0)).unwrap_or(u32::MAX)
}

pub(crate) fn iso_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|time| time.to_rfc3339())
        .unwrap_or_default()
}
