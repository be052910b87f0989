//! Starting, resuming, changing and finishing a round. Every change is one
//! transaction that also charges the time spent since the previous change.

use rusqlite::{params, OptionalExtension, Transaction};

use super::reading::{clamp_ms, stage_of};
use super::select::{self, Candidate};
use super::{Round, RoundChange, RoundConfig, RoundMode, RoundStage, RoundTick, RECENT_ROUNDS};
use crate::content::{Difficulty, QuestionKind};
use crate::scheduler::card::row_to_card;
use crate::scheduler::{grading, UserAnswer};
use crate::{Engine, Error, Result};

/// Round answers (text or code) longer than this are refused.
const MAX_ANSWER_BYTES: usize = crate::challenges::MAX_CODE_BYTES;

/// Time between two saves beyond this is not charged: the app was asleep or closed.
const MAX_CHARGED_GAP_MS: i64 = 60_000;

impl Engine {
    /// Draws the questions and starts the clock.
    pub fn start_round(&mut self, config: &RoundConfig) -> Result<Round> {
        validate(config)?;
        let (title, weights, kinds) = match &config.preset {
            Some(name) => {
                let role = self
                    .roles()?
                    .into_iter()
                    .find(|role| &role.name == name)
                    .ok_or_else(|| Error::NotFound(format!("preset {name:?}")))?;
                let title = if role.is_role {
                    format!("{name} round")
                } else {
                    name.clone()
                };
                (title, role.module_weights, role.kinds)
            }
            None => (
                "Custom round".to_owned(),
                config.modules.iter().map(|slug| (slug.clone(), 1)).collect(),
                config.kinds.clone(),
            ),
        };
        let seed = config.seed.map_or_else(|| self.now_ms() as u64, u64::from);
        let candidates = self.candidates(&weights, &config.difficulties, &kinds)?;
        let chosen = select::draw(&candidates, config.questions as usize, seed);
        if chosen.is_empty() {
            return Err(Error::InvalidInput(
                "no question fits this set-up yet: widen the modules, difficulties or kinds".into(),
            ));
        }
        let now = self.now_ms();
        let limit_ms = i64::from(config.minutes) * 60_000;
        let id = self.store.transact(|tx| {
            tx.execute(
                include_str!("sql/add_round.sql"),
                params![
                    config.preset,
                    title,
                    mode_name(config.mode),
                    seed as i64,
                    config.hide_difficulty,
                    limit_ms,
                    now
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut add =
                tx.prepare_cached("INSERT INTO round_questions (round_id, position, question_id) VALUES (?1, ?2, ?3)")?;
            for (position, index) in chosen.iter().enumerate() {
                add.execute(params![id, position, candidates[*index].id])?;
            }
            Ok(id)
        })?;
        self.round(id as u32)
    }

    /// Called when the round screen opens: the clock restarts from the time left, charging nothing for the time away.
    pub fn resume_round(&mut self, id: u32) -> Result<Round> {
        let now = self.now_ms();
        self.store.transact(|tx| {
            tx.execute(
                "UPDATE rounds SET updated_ms = ?2 WHERE id = ?1 AND finished_ms IS NULL",
                params![id, now],
            )?;
            Ok(())
        })?;
        self.round(id)
    }

    /// Saves one change, with the time spent on the current question since the last one.
    pub fn update_round(&mut self, id: u32, change: &RoundChange) -> Result<RoundTick> {
        let now = self.now_ms();
        let verdict = match change {
            RoundChange::Answer { position, text } => {
                self.verdict_for(id, *position, UserAnswer::Output { text: text.clone() })?
            }
            RoundChange::Choose { position, selected } => self.verdict_for(
                id,
                *position,
                UserAnswer::Choice {
                    selected: selected.clone(),
                },
            )?,
            _ => None,
        };
        self.store.transact(|tx| {
            let stage = charge_time(tx, id, now)?;
            if stage != RoundStage::Answering {
                return tick(tx, id, None);
            }
            match change {
                RoundChange::Answer { position, text } => {
                    let status = if text.trim().is_empty() {
                        "unanswered"
                    } else {
                        "answered"
                    };
                    let correct = if status == "answered" { verdict } else { None };
                    update_question(
                        tx,
                        id,
                        *position,
                        "answer_text = ?3, status = ?4, correct = ?5",
                        params![id, position, text, status, correct],
                    )?;
                }
                RoundChange::Choose { position, selected } => {
                    let status = if selected.is_empty() { "unanswered" } else { "answered" };
                    let correct = if status == "answered" { verdict } else { None };
                    let json = serde_json::to_string(selected)?;
                    update_question(
                        tx,
                        id,
                        *position,
                        "selected = ?3, status = ?4, correct = ?5",
                        params![id, position, json, status, correct],
                    )?;
                }
                RoundChange::Skip { position } => {
                    update_question(tx, id, *position, "status = 'skipped'", params![id, position])?;
                }
                RoundChange::Flag { position, flagged } => {
                    update_question(tx, id, *position, "flagged = ?3", params![id, position, flagged])?;
                }
                RoundChange::Open { position } => {
                    let count: u32 = tx.query_row(
                        "SELECT COUNT(*) FROM round_questions WHERE round_id = ?1",
                        [id],
                        |row| row.get(0),
                    )?;
                    if *position >= count {
                        return Err(Error::InvalidInput(format!("round {id} has no question {position}")));
                    }
                    tx.execute("UPDATE rounds SET current = ?2 WHERE id = ?1", params![id, position])?;
                }
                RoundChange::Tick => {}
            }
            tick(tx, id, verdict)
        })
    }

    /// Ends answering (the user is done, or time ran out) and scores what the app can.
    pub fn finish_round(&mut self, id: u32) -> Result<Round> {
        let now = self.now_ms();
        self.store.transact(|tx| {
            if charge_time(tx, id, now)? == RoundStage::Answering {
                tx.execute("UPDATE rounds SET finished_ms = ?2 WHERE id = ?1", params![id, now])?;
            }
            super::scoring::score_automatically(tx, id)
        })?;
        self.round(id)
    }

    fn verdict_for(&self, id: u32, position: u32, answer: UserAnswer) -> Result<Option<bool>> {
        let question_id: String = self
            .store
            .conn
            .query_row(
                "SELECT question_id FROM round_questions WHERE round_id = ?1 AND position = ?2",
                params![id, position],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("question {position} of round {id}")))?;
        let question = self.question(&question_id)?;
        match &answer {
            UserAnswer::Output { text } if text.len() > MAX_ANSWER_BYTES => {
                return Err(Error::InvalidInput(format!(
                    "an answer holds at most {} KB of text",
                    MAX_ANSWER_BYTES / 1024
                )));
            }
            UserAnswer::Choice { selected } if selected.iter().any(|i| *i as usize >= question.options.len()) => {
                return Err(Error::InvalidInput(format!(
                    "question {} has {} options",
                    position + 1,
                    question.options.len()
                )));
            }
            _ => {}
        }
        Ok(grading::verdict(&question, &answer).map(|verdict| verdict.correct))
    }

    pub(crate) fn candidates(
        &self,
        weights: &[(String, u32)],
        difficulties: &[Difficulty],
        kinds: &[QuestionKind],
    ) -> Result<Vec<Candidate>> {
        let today = self.today();
        let slugs: Vec<&String> = weights.iter().map(|(slug, _)| slug).collect();
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/candidates.sql"))?;
        let rows = statement.query_map(
            params![
                serde_json::to_string(&slugs)?,
                serde_json::to_string(difficulties)?,
                serde_json::to_string(kinds)?,
                RECENT_ROUNDS
            ],
            |row| {
                let card = match row.get::<_, Option<String>>(0)? {
                    Some(_) => Some(row_to_card(row)?),
                    None => None,
                };
                Ok((
                    row.get::<_, String>(9)?,
                    row.get::<_, String>(10)?,
                    crate::catalog::parse_enum::<Difficulty>(row, 11)?,
                    card,
                    row.get::<_, bool>(12)?,
                ))
            },
        )?;
        let mut candidates = Vec::new();
        for row in rows {
            let (id, module, difficulty, card, recent) = row?;
            let weight = weights.iter().find(|(slug, _)| *slug == module).map_or(0, |(_, w)| *w);
            let weakness = select::weakness(
                card.as_ref().map(|c| self.model.recall_of(c, today)),
                card.as_ref().map_or(0, |c| c.lapses),
            );
            candidates.push(Candidate {
                id,
                difficulty,
                module_weight: f64::from(weight),
                weakness,
                recent,
            });
        }
        Ok(candidates)
    }

    pub(crate) fn count_fitting(
        &self,
        slugs: &[String],
        difficulties: &[Difficulty],
        kinds: &[QuestionKind],
    ) -> Result<u32> {
        let weights: Vec<(String, u32)> = slugs.iter().map(|slug| (slug.clone(), 1)).collect();
        Ok(self.candidates(&weights, difficulties, kinds)?.len() as u32)
    }
}

fn validate(config: &RoundConfig) -> Result<()> {
    let invalid = |message: &str| Err(Error::InvalidInput(message.to_owned()));
    if !(1..=50).contains(&config.questions) {
        return invalid("a round has 1 to 50 questions");
    }
    if !(1..=240).contains(&config.minutes) {
        return invalid("a round lasts 1 to 240 minutes");
    }
    if config.difficulties.is_empty() {
        return invalid("pick at least one difficulty");
    }
    if config.preset.is_none() && config.modules.is_empty() {
        return invalid("pick at least one module");
    }
    Ok(())
}

/// Charges the time since the last save to the current question and the round's clock,
/// ending the round when the clock reaches zero. Returns the stage after charging.
fn charge_time(tx: &Transaction, id: u32, now: i64) -> Result<RoundStage> {
    let (left, updated, current, finished, scored): (i64, i64, u32, Option<i64>, Option<i64>) = tx
        .query_row(
            "SELECT time_left_ms, updated_ms, current, finished_ms, scored_ms FROM rounds WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound(format!("round {id}")))?;
    let stage = stage_of(finished, scored);
    if stage != RoundStage::Answering {
        return Ok(stage);
    }
    let elapsed = (now - updated).clamp(0, MAX_CHARGED_GAP_MS).min(left);
    let left = left - elapsed;
    tx.execute(
        "UPDATE rounds SET time_left_ms = ?2, updated_ms = ?3 WHERE id = ?1",
        params![id, left, now],
    )?;
    tx.execute(
        "UPDATE round_questions SET time_ms = time_ms + ?3 WHERE round_id = ?1 AND position = ?2",
        params![id, current, elapsed],
    )?;
    if left == 0 {
        tx.execute("UPDATE rounds SET finished_ms = ?2 WHERE id = ?1", params![id, now])?;
        super::scoring::score_automatically(tx, id)?;
        return Ok(RoundStage::Scoring);
    }
    Ok(RoundStage::Answering)
}

fn update_question(tx: &Transaction, id: u32, position: u32, set: &str, params: &[&dyn rusqlite::ToSql]) -> Result<()> {
    let changed = tx.execute(
        &format!("UPDATE round_questions SET {set} WHERE round_id = ?1 AND position = ?2"),
        params,
    )?;
    if changed == 0 {
        return Err(Error::NotFound(format!("question {position} of round {id}")));
    }
    Ok(())
}

fn tick(tx: &Transaction, id: u32, correct: Option<bool>) -> Result<RoundTick> {
    let (left, finished, scored): (i64, Option<i64>, Option<i64>) = tx.query_row(
        "SELECT time_left_ms, finished_ms, scored_ms FROM rounds WHERE id = ?1",
        [id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(RoundTick {
        time_left_ms: clamp_ms(left),
        stage: stage_of(finished, scored),
        correct,
    })
}

fn mode_name(mode: RoundMode) -> &'static str {
    match mode {
        RoundMode::Interview => "interview",
        RoundMode::Practice => "practice",
    }
}
