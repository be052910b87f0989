//! A scored round's results, and the history of all rounds.

use std::collections::BTreeMap;

use serde::Serialize;

use super::reading::{clamp_ms, iso_time, stage_of};
use super::{RoundMode, RoundStage};
use crate::{Engine, Result};

/// A question scoring below this is listed to revisit.
const REVISIT_BELOW: f32 = 0.7;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundSummary {
    pub id: u32,
    pub title: String,
    pub preset: Option<String>,
    pub mode: RoundMode,
    pub stage: RoundStage,
    pub started_at: String,
    pub questions: u32,
    pub answered: u32,
    /// Mean question score, 0 to 1, once the round is scored.
    pub score: Option<f32>,
    pub time_used_ms: u32,
}

/// The mean score of a group of questions.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    pub label: String,
    pub questions: u32,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RevisitItem {
    pub question_id: String,
    pub title: String,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PastRound {
    pub id: u32,
    pub started_at: String,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundResults {
    pub summary: RoundSummary,
    pub by_module: Vec<Breakdown>,
    pub by_difficulty: Vec<Breakdown>,
    pub revisit: Vec<RevisitItem>,
    /// Earlier scored rounds of the same preset (or custom rounds), oldest first.
    pub previous: Vec<PastRound>,
}

impl Engine {
    pub fn round_history(&self) -> Result<Vec<RoundSummary>> {
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/round_history.sql"))?;
        let rows = statement.query_map([], |row| {
            let stage = stage_of(row.get(6)?, row.get(7)?);
            Ok(RoundSummary {
                id: row.get(0)?,
                title: row.get(1)?,
                preset: row.get(2)?,
                mode: if row.get::<_, String>(3)? == "practice" {
                    RoundMode::Practice
                } else {
                    RoundMode::Interview
                },
                stage,
                started_at: iso_time(row.get(4)?),
                time_used_ms: clamp_ms(row.get(5)?),
                questions: row.get(8)?,
                answered: row.get(9)?,
                score: if stage == RoundStage::Done { row.get(10)? } else { None },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn round_results(&self, id: u32) -> Result<RoundResults> {
        let round = self.round(id)?;
        let history = self.round_history()?;
        let summary = history
            .iter()
            .find(|r| r.id == id)
            .cloned()
            .ok_or_else(|| crate::Error::NotFound(format!("round {id}")))?;
        let mut by_module: BTreeMap<(String, String), Vec<f32>> = BTreeMap::new();
        let mut by_difficulty: BTreeMap<crate::content::Difficulty, Vec<f32>> = BTreeMap::new();
        let mut revisit = Vec::new();
        for question in &round.questions {
            let score = question.score.unwrap_or_default();
            let detail = &question.question;
            by_module
                .entry((detail.module_slug.clone(), detail.module_title.clone()))
                .or_default()
                .push(score);
            by_difficulty.entry(detail.difficulty).or_default().push(score);
            if score < REVISIT_BELOW {
                revisit.push(RevisitItem {
                    question_id: detail.id.clone(),
                    title: detail.title.clone(),
                    score,
                });
            }
        }
        let previous = history
            .iter()
            .filter(|r| r.id < id && r.preset == round.preset && r.stage == RoundStage::Done)
            .filter_map(|r| {
                Some(PastRound {
                    id: r.id,
                    started_at: r.started_at.clone(),
                    score: r.score?,
                })
            })
            .rev()
            .collect();
        Ok(RoundResults {
            summary,
            by_module: by_module
                .into_iter()
                .map(|((_, title), scores)| breakdown(title, &scores))
                .collect(),
            by_difficulty: by_difficulty
                .into_iter()
                .map(|(difficulty, scores)| breakdown(difficulty.as_str().to_owned(), &scores))
                .collect(),
            revisit,
            previous,
        })
    }
}

fn breakdown(label: String, scores: &[f32]) -> Breakdown {
    Breakdown {
        label,
        questions: scores.len() as u32,
        score: scores.iter().sum::<f32>() / scores.len().max(1) as f32,
    }
}
