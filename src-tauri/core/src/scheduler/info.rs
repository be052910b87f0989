//! What the scheduler knows about one question: its answers so far, its
//! memory state, its recall now and on the interview day, and its forgetting
//! curve since the last answer.

use rusqlite::OptionalExtension;
use serde::Serialize;

use super::card::{row_to_card, CardState};
use super::day::{date_of_day, day_of_date};
use super::Grade;
use crate::{Engine, Error, Result};

/// Points on the forgetting curve.
const CURVE_POINTS: i64 = 48;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PastAnswer {
    /// The study day, `YYYY-MM-DD`.
    pub date: String,
    pub grade: Grade,
    pub state_before: CardState,
    /// Days until it was due again (0: the same day).
    pub interval_days: u32,
    pub duration_ms: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CurvePoint {
    /// Days after the last answer.
    pub day: u32,
    pub recall: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QuestionSchedule {
    /// Oldest first.
    pub history: Vec<PastAnswer>,
    pub state: CardState,
    /// Days for recall to fall to 90%; None before the first answer.
    pub stability: Option<f32>,
    /// 1 (easy) to 10 (hard).
    pub difficulty: Option<f32>,
    pub due_date: Option<String>,
    pub recall_now: Option<f32>,
    /// The interview date while it is ahead, and the predicted recall on it.
    pub interview_date: Option<String>,
    pub recall_on_interview: Option<f32>,
    /// Days from the last answer to today and to the interview (for marking the curve).
    pub days_since_last: Option<u32>,
    pub days_to_interview: Option<u32>,
    pub curve: Vec<CurvePoint>,
}

impl Engine {
    pub fn question_schedule(&self, question_id: &str) -> Result<QuestionSchedule> {
        let conn = &self.store.conn;
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM questions WHERE id = ?1)",
            [question_id],
            |row| row.get(0),
        )?;
        if !known {
            return Err(Error::NotFound(format!("question {question_id:?}")));
        }
        let history = conn
            .prepare_cached(include_str!("sql/question_history.sql"))?
            .query_map([question_id], |row| {
                Ok(PastAnswer {
                    date: date_of_day(row.get(0)?),
                    grade: Grade::from_number(row.get(1)?).unwrap_or(Grade::Good),
                    state_before: CardState::parse(&row.get::<_, String>(2)?),
                    interval_days: row.get(3)?,
                    duration_ms: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let card = conn
            .prepare_cached(include_str!("sql/get_card.sql"))?
            .query_row([question_id], row_to_card)
            .optional()?;
        let today = self.today();
        let interview_day = self
            .settings
            .interview_date
            .as_deref()
            .and_then(day_of_date)
            .filter(|day| *day >= today);
        let Some(card) = card else {
            return Ok(QuestionSchedule {
                history,
                state: CardState::New,
                stability: None,
                difficulty: None,
                due_date: None,
                recall_now: None,
                interview_date: interview_day.map(date_of_day),
                recall_on_interview: None,
                days_since_last: None,
                days_to_interview: None,
                curve: Vec::new(),
            });
        };
        let since = (today - card.last_day).max(0);
        let to_interview = interview_day.map(|day| day - card.last_day);
        // The curve reaches past today, the interview and the due date, and at least a month.
        let span = [
            30,
            since + 7,
            to_interview.unwrap_or(0) + 7,
            card.due_day - card.last_day + 7,
        ]
        .into_iter()
        .max()
        .unwrap_or(30);
        let curve = (0..=CURVE_POINTS)
            .map(|step| {
                let day = span * step / CURVE_POINTS;
                CurvePoint {
                    day: day as u32,
                    recall: self.model.recall(card.stability, card.difficulty, day),
                }
            })
            .collect();
        Ok(QuestionSchedule {
            history,
            state: card.state,
            stability: Some(card.stability),
            difficulty: Some(card.difficulty),
            due_date: Some(date_of_day(card.due_day)),
            recall_now: Some(self.model.recall_of(&card, today)),
            interview_date: interview_day.map(date_of_day),
            recall_on_interview: interview_day.map(|day| self.model.recall_of(&card, day)),
            days_since_last: Some(since as u32),
            days_to_interview: to_interview.map(|days| days.max(0) as u32),
            curve,
        })
    }
}
