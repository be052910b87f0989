//! Grading the answers of `output` and `choice` questions.

use serde::{Deserialize, Serialize};

use super::Grade;
use crate::catalog::QuestionDetail;
use crate::content::{outputs_match, QuestionKind};
use crate::{Engine, Error, Result};

/// What the user answered to a question the app can grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum UserAnswer {
    /// The output the user expects the code to print.
    Output { text: String },
    /// The indexes of the options the user picked.
    Choice { selected: Vec<u32> },
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub correct: bool,
    /// The grade the app suggests: Good when right, Again when wrong.
    pub suggested: Grade,
    pub expected_output: Option<String>,
    pub correct_options: Vec<u32>,
}

impl Engine {
    pub fn check_answer(&self, question_id: &str, response: &UserAnswer) -> Result<Verdict> {
        let question = self.question(question_id)?;
        verdict(&question, response).ok_or_else(|| {
            Error::InvalidInput(format!(
                "a {} question cannot take that kind of answer",
                question.kind.as_str()
            ))
        })
    }
}

/// Grades an answer to an `output` or `choice` question; None when the app cannot grade it.
pub(crate) fn verdict(question: &QuestionDetail, response: &UserAnswer) -> Option<Verdict> {
    let correct_options: Vec<u32> = question
        .options
        .iter()
        .zip(0..)
        .filter(|(o, _)| o.correct)
        .map(|(_, i)| i)
        .collect();
    let correct = match (question.kind, response) {
        (QuestionKind::Output, UserAnswer::Output { text }) => {
            outputs_match(question.expected_output.as_deref().unwrap_or_default(), text)
        }
        (QuestionKind::Choice, UserAnswer::Choice { selected }) => {
            let mut selected = selected.clone();
            selected.sort_unstable();
            selected.dedup();
            selected == correct_options
        }
        _ => return None,
    };
    Some(Verdict {
        correct,
        suggested: if correct { Grade::Good } else { Grade::Again },
        expected_output: question.expected_output.clone(),
        correct_options,
    })
}
