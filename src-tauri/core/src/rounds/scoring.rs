//! Scoring a finished round and feeding the scores to the scheduler.
//!
//! A question's score is the share of its key points the user ticked as
//! covered (0 to 1); an `output` or `choice` question scores 1 when the app
//! graded it right and 0 otherwise; a challenge scores the share of its tests
//! its final code passed (its key points are ticked too, and shown in the
//! results); a skipped or unanswered question scores 0.
//! Each score becomes one review with this grade:
//!
//! | score        | grade |
//! | ------------ | ----- |
//! | below 0.4    | Again |
//! | 0.4 to 0.7   | Hard  |
//! | 0.7 and over | Good  |
//!
//! Easy is never given: a round under time pressure is evidence of recall,
//! not of recall so easy that the question can wait much longer.

use rusqlite::{params, Transaction};

use super::challenges::tests_score;
use super::reading::stage_of;
use super::{RoundResults, RoundStage};
use crate::content::QuestionKind;
use crate::scheduler::answering::record_review;
use crate::scheduler::Grade;
use crate::{Engine, Error, Result};

pub fn grade_for_score(score: f32) -> Grade {
    if score < 0.4 {
        Grade::Again
    } else if score < 0.7 {
        Grade::Hard
    } else {
        Grade::Good
    }
}

impl Engine {
    /// Saves which key points the user covered in one answer.
    pub fn score_round_question(&mut self, id: u32, position: u32, ticked: &[u32]) -> Result<()> {
        let round = self.round(id)?;
        if round.stage != RoundStage::Scoring {
            return Err(Error::InvalidInput(
                "only a finished, unscored round can be scored".into(),
            ));
        }
        let question = round
            .questions
            .iter()
            .find(|q| q.position == position)
            .ok_or_else(|| Error::NotFound(format!("question {position} of round {id}")))?;
        let points = question.question.key_points.len() as u32;
        let mut ticked: Vec<u32> = ticked.iter().copied().filter(|index| *index < points).collect();
        ticked.sort_unstable();
        ticked.dedup();
        let score = if question.question.kind == QuestionKind::Challenge {
            tests_score(question.tests_passed, question.tests_total).ok_or_else(|| {
                Error::InvalidInput(format!("run the tests of question {} before scoring it", position + 1))
            })?
        } else {
            ticked.len() as f32 / points.max(1) as f32
        };
        let json = serde_json::to_string(&ticked)?;
        self.store.transact(|tx| {
            tx.execute(
                "UPDATE round_questions SET ticked = ?3, score = ?4 WHERE round_id = ?1 AND position = ?2",
                params![id, position, json, score],
            )?;
            Ok(())
        })
    }

    /// Records every scored question as a review, all in one transaction, and closes the round.
    pub fn complete_round(&mut self, id: u32) -> Result<RoundResults> {
        let round = self.round(id)?;
        if round.stage != RoundStage::Scoring {
            return Err(Error::InvalidInput("this round is not waiting to be scored".into()));
        }
        if let Some(unscored) = round.questions.iter().find(|q| q.score.is_none()) {
            return Err(Error::InvalidInput(format!(
                "question {} is not scored yet: tick the key points you covered (none is fine)",
                unscored.position + 1
            )));
        }
        let context = self.review_context();
        self.store.transact(|tx| {
            for question in &round.questions {
                let grade = grade_for_score(question.score.unwrap_or_default());
                record_review(tx, &context, &question.question.id, grade, question.time_ms)?;
            }
            tx.execute(
                "UPDATE rounds SET scored_ms = ?2 WHERE id = ?1",
                params![id, context.now_ms],
            )?;
            Ok(())
        })?;
        self.round_results(id)
    }
}

/// When answering ends, the app scores what it can: graded kinds by their
/// verdict, and anything left unanswered or skipped as 0.
pub(crate) fn score_automatically(tx: &Transaction, id: u32) -> Result<()> {
    let (finished, scored): (Option<i64>, Option<i64>) =
        tx.query_row("SELECT finished_ms, scored_ms FROM rounds WHERE id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    if stage_of(finished, scored) != RoundStage::Scoring {
        return Ok(());
    }
    let graded = [QuestionKind::Output.as_str(), QuestionKind::Choice.as_str()];
    tx.execute(
        "UPDATE round_questions SET score = CASE WHEN correct = 1 THEN 1.0 ELSE 0.0 END, ticked = '[]'
         WHERE round_id = ?1 AND score IS NULL
           AND question_id IN (SELECT id FROM questions WHERE kind IN (?2, ?3))",
        params![id, graded[0], graded[1]],
    )?;
    tx.execute(
        "UPDATE round_questions SET score = 0.0, ticked = '[]' WHERE round_id = ?1 AND score IS NULL AND status != 'answered'",
        [id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_answers_come_back_soon() {
        assert_eq!(grade_for_score(0.0), Grade::Again);
        assert_eq!(grade_for_score(0.39), Grade::Again);
        assert_eq!(grade_for_score(0.5), Grade::Hard);
        assert_eq!(grade_for_score(0.7), Grade::Good);
        assert_eq!(grade_for_score(1.0), Grade::Good);
    }
}
