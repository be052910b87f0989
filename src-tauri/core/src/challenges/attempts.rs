//! Submitted attempts: every test run against the code as it was, and the
//! review an attempt becomes once the user grades it.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{check_code_size, suggest_grade, ChallengeView, DraftPlace};
use crate::rounds::iso_time;
use crate::scheduler::answering::record_review;
use crate::scheduler::Grade;
use crate::{Engine, Error, Result};

/// Runs report far fewer tests than this; more means a broken caller.
const MAX_TESTS: u32 = 1_000;

/// What the screen sends after a Submit ran every test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AttemptInput {
    pub passed: u32,
    pub total: u32,
    /// Time spent on the challenge until this submit.
    pub duration_ms: u32,
    pub hints_used: u32,
    pub solution_shown: bool,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    pub id: u32,
    pub place: String,
    /// RFC 3339, local time.
    pub at: String,
    pub passed: u32,
    pub total: u32,
    pub duration_ms: u32,
    pub hints_used: u32,
    pub solution_shown: bool,
    /// The grade recorded with it, if the user graded it.
    pub grade: Option<Grade>,
    /// The grade the app suggests for it.
    pub suggested: Grade,
}

/// The user's work on one challenge: what they are writing and what they submitted.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeWork {
    pub draft: Option<String>,
    /// Newest first (the last 50).
    pub attempts: Vec<Attempt>,
    /// Some attempt passed every test.
    pub solved: bool,
}

impl Engine {
    pub fn challenge_work(&self, question_id: &str, place: DraftPlace) -> Result<ChallengeWork> {
        let challenge = self.require_challenge(question_id)?;
        let attempts: Vec<Attempt> = self
            .store
            .conn
            .prepare_cached(include_str!("sql/attempts.sql"))?
            .query_map([question_id], |row| row_to_attempt(row, challenge.target_minutes))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ChallengeWork {
            draft: self.draft(question_id, place)?,
            solved: attempts.iter().any(|a| a.total > 0 && a.passed == a.total),
            attempts,
        })
    }

    /// Records a submit (committed before this returns) and says which grade it suggests.
    pub fn submit_attempt(&mut self, question_id: &str, place: DraftPlace, input: &AttemptInput) -> Result<Attempt> {
        let challenge = self.require_challenge(question_id)?;
        check_attempt(input, &challenge)?;
        let now = self.now_ms();
        let id = self.store.transact(|tx| {
            tx.prepare_cached(include_str!("sql/add_attempt.sql"))?
                .execute(params![
                    question_id,
                    place.as_str(),
                    now,
                    input.passed,
                    input.total,
                    input.duration_ms,
                    input.hints_used,
                    input.solution_shown,
                    input.code,
                    None::<i64>,
                ])?;
            Ok(tx.last_insert_rowid())
        })?;
        self.attempt(id, challenge.target_minutes)
    }

    /// Records the user's grade for an attempt as a review, in one transaction
    /// with the attempt's link to it; a review's draft is cleared with it.
    pub fn grade_attempt(&mut self, attempt_id: u32, grade: Grade) -> Result<()> {
        let (question_id, place, duration_ms, graded): (String, String, u32, bool) = self
            .store
            .conn
            .query_row(
                "SELECT question_id, place, duration_ms, revlog_id IS NOT NULL FROM attempts WHERE id = ?1",
                [attempt_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("attempt {attempt_id}")))?;
        if graded {
            return Err(Error::InvalidInput("this attempt is already graded".into()));
        }
        let context = self.review_context();
        self.store.transact(|tx| {
            record_review(tx, &context, &question_id, grade, duration_ms)?;
            tx.execute(
                "UPDATE attempts SET revlog_id = (SELECT max(id) FROM revlog WHERE question_id = ?2) WHERE id = ?1",
                params![attempt_id, question_id],
            )?;
            if place == DraftPlace::Review.as_str() {
                tx.execute(
                    "DELETE FROM drafts WHERE question_id = ?1 AND place = 'review'",
                    [&question_id],
                )?;
            }
            Ok(())
        })
    }

    pub(crate) fn require_challenge(&self, question_id: &str) -> Result<ChallengeView> {
        self.question(question_id)?
            .challenge
            .ok_or_else(|| Error::InvalidInput(format!("question {question_id:?} is not a coding challenge")))
    }

    fn attempt(&self, id: i64, target_minutes: u32) -> Result<Attempt> {
        Ok(self.store.conn.query_row(
            "SELECT a.id, a.place, a.at_ms, a.passed, a.total, a.duration_ms, a.hints_used, a.solution_shown, NULL
             FROM attempts AS a WHERE a.id = ?1",
            [id],
            |row| row_to_attempt(row, target_minutes),
        )?)
    }
}

fn check_attempt(input: &AttemptInput, challenge: &ChallengeView) -> Result<()> {
    check_code_size(&input.code)?;
    if input.passed > input.total || input.total > MAX_TESTS {
        return Err(Error::InvalidInput(format!(
            "an attempt cannot pass {} of {} tests",
            input.passed, input.total
        )));
    }
    if input.hints_used as usize > challenge.hints_html.len() {
        return Err(Error::InvalidInput(format!(
            "this challenge has {} hints, not {}",
            challenge.hints_html.len(),
            input.hints_used
        )));
    }
    Ok(())
}

fn row_to_attempt(row: &Row, target_minutes: u32) -> rusqlite::Result<Attempt> {
    let (passed, total, duration_ms, hints_used, solution_shown) =
        (row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?);
    Ok(Attempt {
        id: row.get(0)?,
        place: row.get(1)?,
        at: iso_time(row.get(2)?),
        passed,
        total,
        duration_ms,
        hints_used,
        solution_shown,
        grade: row.get::<_, Option<u8>>(8)?.and_then(Grade::from_number),
        suggested: suggest_grade(passed, total, hints_used, solution_shown, duration_ms, target_minutes),
    })
}
