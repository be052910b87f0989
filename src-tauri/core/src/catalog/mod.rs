//! Browsing the bank: modules, their questions, one question in full.

use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::challenges::ChallengeView;
use crate::content::{render, Difficulty, ModulePart, QuestionKind};
use crate::marks::QuestionMarks;
use crate::scheduler::CardState;
use crate::{Engine, Error, Result};

/// A card counts as mature once its interval reaches this many days (as in Anki).
pub const MATURE_DAYS: i64 = 21;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleSummary {
    pub slug: String,
    pub order: u32,
    pub title: String,
    pub summary: String,
    /// Questions the module is meant to hold; more than `question_count` while it is being written.
    pub planned: u32,
    pub question_count: u32,
    /// Questions answered at least once.
    pub studied: u32,
    /// Questions whose interval reached three weeks.
    pub mature: u32,
    /// Studied questions due today or earlier.
    pub due: u32,
    pub part: ModulePart,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QuestionSummary {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub kind: QuestionKind,
    pub tags: Vec<String>,
    pub state: CardState,
    /// Days until due (negative when overdue); None for new questions.
    pub due_in_days: Option<i32>,
    pub flagged: bool,
    pub suspended: bool,
}

/// A flagged question, with its module's title, for the Flagged list.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlaggedQuestion {
    pub question: QuestionSummary,
    pub module_title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModulePage {
    pub module: ModuleSummary,
    pub questions: Vec<QuestionSummary>,
}

/// One option of a `choice` question, rendered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceOptionView {
    pub html: String,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QuestionDetail {
    pub id: String,
    pub module_slug: String,
    pub module_title: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub kind: QuestionKind,
    pub tags: Vec<String>,
    pub roles: Vec<String>,
    pub prompt_html: Option<String>,
    pub options: Vec<ChoiceOptionView>,
    /// True when more than one option is right.
    pub multiple_answers: bool,
    pub expected_output: Option<String>,
    pub answer_html: String,
    /// Inline HTML, one per point.
    pub key_points: Vec<String>,
    pub tip_html: Option<String>,
    pub follow_ups: Vec<String>,
    pub state: CardState,
    pub due_in_days: Option<i32>,
    pub reps: u32,
    pub lapses: u32,
    /// The starter code, tests and hints of a `challenge` question.
    pub challenge: Option<ChallengeView>,
    pub marks: QuestionMarks,
    /// The user's note, as written (Markdown), and rendered.
    pub note: Option<String>,
    pub note_html: Option<String>,
}

impl Engine {
    pub fn modules(&self) -> Result<Vec<ModuleSummary>> {
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/modules.sql"))?;
        let rows = statement.query_map([self.today(), MATURE_DAYS], row_to_module)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn module_page(&self, slug: &str) -> Result<ModulePage> {
        let module = self
            .modules()?
            .into_iter()
            .find(|module| module.slug == slug)
            .ok_or_else(|| Error::NotFound(format!("module {slug:?}")))?;
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/module_questions.sql"))?;
        let today = self.today();
        let rows = statement.query_map([slug], |row| row_to_summary(row, today))?;
        Ok(ModulePage {
            module,
            questions: rows.collect::<rusqlite::Result<_>>()?,
        })
    }

    /// The flagged questions, in the order they were flagged.
    pub fn flagged_questions(&self) -> Result<Vec<FlaggedQuestion>> {
        let today = self.today();
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/flagged_questions.sql"))?;
        let rows = statement.query_map([], |row| {
            Ok(FlaggedQuestion {
                question: row_to_summary(row, today)?,
                module_title: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn question(&self, id: &str) -> Result<QuestionDetail> {
        let today = self.today();
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/question.sql"))?;
        statement
            .query_row([id], |row| {
                let options: Vec<ChoiceOptionView> = parse_json(row, 9)?;
                Ok(QuestionDetail {
                    id: row.get(0)?,
                    module_slug: row.get(1)?,
                    module_title: row.get(2)?,
                    title: row.get(3)?,
                    difficulty: parse_enum(row, 4)?,
                    kind: parse_enum(row, 5)?,
                    tags: parse_json(row, 6)?,
                    roles: parse_json(row, 7)?,
                    prompt_html: row.get(8)?,
                    multiple_answers: options.iter().filter(|o| o.correct).count() > 1,
                    options,
                    expected_output: row.get(10)?,
                    answer_html: row.get(11)?,
                    key_points: parse_json(row, 12)?,
                    tip_html: row.get(13)?,
                    follow_ups: parse_json(row, 14)?,
                    state: state_of(row.get(15)?),
                    due_in_days: due_in_days(row.get(16)?, today),
                    reps: row.get::<_, Option<u32>>(17)?.unwrap_or(0),
                    lapses: row.get::<_, Option<u32>>(18)?.unwrap_or(0),
                    challenge: row
                        .get::<_, Option<String>>(19)?
                        .map(|json| parse_json_text(&json, 19))
                        .transpose()?,
                    marks: QuestionMarks {
                        flagged: row.get::<_, Option<bool>>(20)?.unwrap_or(false),
                        suspended: row.get::<_, Option<bool>>(21)?.unwrap_or(false),
                        buried: row.get::<_, Option<i64>>(22)?.is_some_and(|day| day > today),
                    },
                    note_html: row.get::<_, Option<String>>(23)?.as_deref().map(render::markdown),
                    note: row.get(23)?,
                })
            })
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("question {id:?}")))
    }
}

fn row_to_module(row: &Row) -> rusqlite::Result<ModuleSummary> {
    Ok(ModuleSummary {
        slug: row.get(0)?,
        order: row.get(1)?,
        title: row.get(2)?,
        summary: row.get(3)?,
        planned: row.get(4)?,
        question_count: row.get(5)?,
        studied: row.get(6)?,
        mature: row.get(7)?,
        due: row.get(8)?,
        part: parse_enum(row, 9)?,
    })
}

fn row_to_summary(row: &Row, today: i64) -> rusqlite::Result<QuestionSummary> {
    Ok(QuestionSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        difficulty: parse_enum(row, 2)?,
        kind: parse_enum(row, 3)?,
        tags: parse_json(row, 4)?,
        state: state_of(row.get(5)?),
        due_in_days: due_in_days(row.get(6)?, today),
        flagged: row.get::<_, Option<bool>>(7)?.unwrap_or(false),
        suspended: row.get::<_, Option<bool>>(8)?.unwrap_or(false),
    })
}

fn state_of(state: Option<String>) -> CardState {
    state.as_deref().map_or(CardState::New, CardState::parse)
}

fn due_in_days(due_day: Option<i64>, today: i64) -> Option<i32> {
    due_day.map(|due| i32::try_from(due - today).unwrap_or(i32::MAX))
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(row: &Row, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    parse_json_text(&text, index)
}

/// Decodes JSON read from column `index`.
pub(crate) fn parse_json_text<T: serde::de::DeserializeOwned>(text: &str, index: usize) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e)))
}

/// Reads a lowercase enum name stored as text.
pub(crate) fn parse_enum<T: serde::de::DeserializeOwned>(row: &Row, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    serde_json::from_value(serde_json::Value::String(text))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e)))
}
