//! A challenge in a round: answered in the editor like any answer, and scored
//! by the share of its tests that the final code passes, which the screen runs
//! once answering is over. Each such run is kept as an attempt.

use rusqlite::params;

use super::RoundStage;
use crate::challenges::MAX_CODE_BYTES;
use crate::content::QuestionKind;
use crate::{Engine, Error, Result};

impl Engine {
    /// Saves how many tests the final code of challenge `position` passed, and
    /// records it as an attempt (committed before this returns).
    pub fn record_round_tests(&mut self, id: u32, position: u32, passed: u32, total: u32) -> Result<()> {
        let round = self.round(id)?;
        if round.stage != RoundStage::Scoring {
            return Err(Error::InvalidInput(
                "tests are run once answering is over, before scoring".into(),
            ));
        }
        let question = round
            .questions
            .iter()
            .find(|q| q.position == position)
            .ok_or_else(|| Error::NotFound(format!("question {position} of round {id}")))?;
        if question.question.kind != QuestionKind::Challenge {
            return Err(Error::InvalidInput(format!(
                "question {} of this round is not a coding challenge",
                position + 1
            )));
        }
        if passed > total || total > 1_000 || question.answer_text.len() > MAX_CODE_BYTES {
            return Err(Error::InvalidInput(format!("cannot pass {passed} of {total} tests")));
        }
        let first_run = question.tests_total.is_none();
        let now = self.now_ms();
        self.store.transact(|tx| {
            tx.execute(
                "UPDATE round_questions SET tests_passed = ?3, tests_total = ?4 WHERE round_id = ?1 AND position = ?2",
                params![id, position, passed, total],
            )?;
            if first_run {
                tx.prepare_cached(include_str!("../challenges/sql/add_attempt.sql"))?
                    .execute(params![
                        question.question.id,
                        "round",
                        now,
                        passed,
                        total,
                        question.time_ms,
                        0,
                        false,
                        question.answer_text,
                        None::<i64>,
                    ])?;
            }
            Ok(())
        })
    }
}

/// A challenge's score: the share of its tests passed; None until they ran.
pub(super) fn tests_score(passed: Option<u32>, total: Option<u32>) -> Option<f32> {
    match (passed, total) {
        (Some(passed), Some(total)) if total > 0 => Some(passed as f32 / total as f32),
        (Some(_), Some(_)) => Some(0.0),
        _ => None,
    }
}
