//! Importing a progress file: checked whole first, then merged in one
//! transaction. Reviews are matched by question and time, so importing the
//! same file twice adds nothing, and the cards of every question whose log
//! grew are recomputed from the merged log.

use std::collections::{BTreeSet, HashSet};

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::format::*;
use super::replay;
use super::validate::{validate, Limits};
use crate::scheduler::states::Model;
use crate::{Engine, Result};

/// What an import changed (or would change, for a preview).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub reviews_added: u32,
    pub reviews_already_here: u32,
    /// Questions whose schedule was worked out again from the merged log.
    pub questions_rescheduled: u32,
    pub rounds_added: u32,
    /// Unfinished rounds left out because a round is in progress here.
    pub rounds_skipped: u32,
    pub attempts_added: u32,
    pub drafts_updated: u32,
    pub notes_updated: u32,
    pub marks_updated: u32,
}

impl Engine {
    /// What importing `file` would change; nothing is written.
    pub fn preview_import(&mut self, file: &ProgressFile) -> Result<ImportSummary> {
        self.check_import(file)?;
        let (model, retention) = (self.model.clone(), self.settings.desired_retention);
        self.store.dry_run(|tx| merge(tx, file, &model, retention))
    }

    /// Merges `file` into the store in one transaction, after checking all of it.
    pub fn import_progress(&mut self, file: &ProgressFile) -> Result<ImportSummary> {
        self.check_import(file)?;
        let (model, retention) = (self.model.clone(), self.settings.desired_retention);
        let summary = self.store.transact(|tx| merge(tx, file, &model, retention))?;
        self.forget_kept();
        Ok(summary)
    }

    fn check_import(&self, file: &ProgressFile) -> Result<()> {
        let mut statement = self.store.conn.prepare("SELECT id FROM questions")?;
        let questions: HashSet<String> = statement
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        validate(
            file,
            &Limits {
                questions: &questions,
                now_ms: self.now_ms(),
            },
        )
    }
}

fn merge(tx: &Transaction, file: &ProgressFile, model: &Model, retention: f32) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let grown = merge_reviews(tx, &file.reviews, &mut summary)?;
    for question_id in &grown {
        replay::reschedule(tx, question_id, model, retention)?;
    }
    summary.questions_rescheduled = grown.len() as u32;
    if !grown.is_empty() {
        tx.execute("DELETE FROM daily_stats", [])?;
        tx.execute("INSERT INTO daily_stats SELECT * FROM daily_totals", [])?;
    }
    summary.attempts_added = merge_attempts(tx, &file.attempts)?;
    summary.drafts_updated = merge_drafts(tx, &file.drafts)?;
    summary.notes_updated = merge_notes(tx, &file.notes)?;
    summary.marks_updated = merge_marks(tx, &file.marks)?;
    merge_rounds(tx, &file.rounds, &mut summary)?;
    Ok(summary)
}

/// Adds the reviews not already here; returns the questions whose log grew.
fn merge_reviews(tx: &Transaction, reviews: &[ReviewRecord], summary: &mut ImportSummary) -> Result<BTreeSet<String>> {
    let mut exists = tx.prepare_cached("SELECT 1 FROM revlog WHERE question_id = ?1 AND reviewed_ms = ?2")?;
    let mut add = tx.prepare_cached(include_str!("../scheduler/sql/add_revlog.sql"))?;
    let mut grown = BTreeSet::new();
    for review in reviews {
        if exists.exists(params![review.question_id, review.reviewed_ms])? {
            summary.reviews_already_here += 1;
            continue;
        }
        add.execute(params![
            review.question_id,
            review.reviewed_ms,
            review.day,
            review.grade,
            review.state_before.as_str(),
            review.interval_days,
            review.stability,
            review.difficulty,
            review.duration_ms,
            review.prev_card.as_ref().map(serde_json::to_string).transpose()?,
        ])?;
        summary.reviews_added += 1;
        grown.insert(review.question_id.clone());
    }
    Ok(grown)
}

fn merge_attempts(tx: &Transaction, attempts: &[AttemptRecord]) -> Result<u32> {
    let mut exists =
        tx.prepare_cached("SELECT 1 FROM attempts WHERE question_id = ?1 AND at_ms = ?2 AND place = ?3")?;
    let mut review_id = tx.prepare_cached("SELECT id FROM revlog WHERE question_id = ?1 AND reviewed_ms = ?2")?;
    let mut add = tx.prepare_cached(include_str!("sql/import_attempt.sql"))?;
    let mut added = 0;
    for attempt in attempts {
        if exists.exists(params![attempt.question_id, attempt.at_ms, attempt.place])? {
            continue;
        }
        let revlog_id: Option<i64> = match attempt.review_ms {
            Some(ms) => review_id
                .query_row(params![attempt.question_id, ms], |row| row.get(0))
                .optional()?,
            None => None,
        };
        add.execute(params![
            attempt.question_id,
            attempt.place,
            attempt.at_ms,
            attempt.passed,
            attempt.total,
            attempt.duration_ms,
            attempt.hints_used,
            attempt.solution_shown,
            attempt.code,
            revlog_id,
        ])?;
        added += 1;
    }
    Ok(added)
}

/// The newer draft of each editor wins.
fn merge_drafts(tx: &Transaction, drafts: &[DraftRecord]) -> Result<u32> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO drafts (question_id, place, code, updated_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (question_id, place) DO UPDATE SET code = excluded.code, updated_ms = excluded.updated_ms
         WHERE excluded.updated_ms > drafts.updated_ms",
    )?;
    let mut updated = 0;
    for draft in drafts {
        updated += upsert.execute(params![draft.question_id, draft.place, draft.code, draft.updated_ms])?;
    }
    Ok(updated as u32)
}

/// The newer note of each question wins; the search index follows.
fn merge_notes(tx: &Transaction, notes: &[NoteRecord]) -> Result<u32> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO notes (question_id, text, updated_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, updated_ms = excluded.updated_ms
         WHERE excluded.updated_ms > notes.updated_ms",
    )?;
    let mut updated = 0;
    for note in notes.iter().filter(|note| !note.text.trim().is_empty()) {
        if upsert.execute(params![note.question_id, note.text, note.updated_ms])? == 0 {
            continue;
        }
        updated += 1;
        tx.execute("DELETE FROM note_search WHERE question_id = ?1", [&note.question_id])?;
        tx.execute(
            "INSERT INTO note_search (question_id, text) VALUES (?1, ?2)",
            params![note.question_id, note.text],
        )?;
    }
    Ok(updated)
}

/// A question flagged or suspended on either machine stays so; the later burial holds.
fn merge_marks(tx: &Transaction, marks: &[MarkRecord]) -> Result<u32> {
    let mut upsert = tx.prepare_cached(include_str!("sql/import_mark.sql"))?;
    let mut updated = 0;
    for mark in marks {
        updated += upsert.execute(params![
            mark.question_id,
            mark.flagged,
            mark.suspended,
            mark.buried_until_day,
            mark.flagged_ms
        ])?;
    }
    Ok(updated as u32)
}

/// Rounds are matched by their start time and seed. An unfinished round joins
/// only when none is in progress here: one round runs at a time.
fn merge_rounds(tx: &Transaction, rounds: &[RoundRecord], summary: &mut ImportSummary) -> Result<()> {
    let mut exists = tx.prepare_cached("SELECT 1 FROM rounds WHERE started_ms = ?1 AND seed = ?2")?;
    let mut add_question = tx.prepare_cached(include_str!("sql/import_round_question.sql"))?;
    for round in rounds {
        if exists.exists(params![round.started_ms, round.seed])? {
            continue;
        }
        if round.finished_ms.is_none() {
            let in_progress = tx
                .query_row("SELECT 1 FROM rounds WHERE finished_ms IS NULL", [], |_| Ok(()))
                .optional()?
                .is_some();
            if in_progress {
                summary.rounds_skipped += 1;
                continue;
            }
        }
        tx.execute(
            include_str!("sql/import_round.sql"),
            params![
                round.preset,
                round.title,
                round.mode,
                round.seed,
                round.hide_difficulty,
                round.time_limit_ms,
                round.time_left_ms,
                round.started_ms,
                round.updated_ms,
                round.current,
                round.finished_ms,
                round.scored_ms
            ],
        )?;
        let round_id = tx.last_insert_rowid();
        for (position, question) in round.questions.iter().enumerate() {
            add_question.execute(params![
                round_id,
                position,
                question.question_id,
                question.status,
                question.flagged,
                question.answer_text,
                serde_json::to_string(&question.selected)?,
                question.time_ms,
                question.correct,
                question.ticked.as_ref().map(serde_json::to_string).transpose()?,
                question.score,
                question.tests_passed,
                question.tests_total
            ])?;
        }
        summary.rounds_added += 1;
    }
    Ok(())
}
