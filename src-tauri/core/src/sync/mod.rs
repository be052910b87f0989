//! Brings the embedded question bank into the store when it changed: upserts
//! by id in one transaction, keeps all progress, retires removed questions.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;

use crate::catalog::ChoiceOptionView;
use crate::challenges::ChallengeView;
use crate::content::{render, Bank, Question};
use crate::{Engine, Result};

const HASH_KEY: &str = "content_hash";
/// The version in the bank's `bank.toml`, for Settings → About.
pub(crate) const BANK_VERSION_KEY: &str = "bank_version";

impl Engine {
    /// The hash of the bank the store holds; None before the first sync.
    pub(crate) fn stored_content_hash(&self) -> Result<Option<String>> {
        Ok(self
            .store
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [HASH_KEY], |row| row.get(0))
            .optional()?)
    }

    /// Returns true when the store was updated, false when it already held this bank.
    /// Left-out modules the new bank no longer has are dropped from the settings.
    pub fn sync_content(&mut self, bank: &Bank, hash: &str) -> Result<bool> {
        self.forget_kept();
        let updated = self.store.transact(|tx| {
            let stored: Option<String> = tx
                .query_row("SELECT value FROM meta WHERE key = ?1", [HASH_KEY], |row| row.get(0))
                .optional()?;
            if stored.as_deref() == Some(hash) {
                return Ok(false);
            }
            write_modules(tx, bank)?;
            write_questions(tx, bank)?;
            tx.execute(
                include_str!("sql/set_meta.sql"),
                params![crate::rounds::ROLES_KEY, serde_json::to_string(&bank.roles)?],
            )?;
            tx.execute(
                include_str!("sql/set_meta.sql"),
                params![BANK_VERSION_KEY, bank.version],
            )?;
            tx.execute(include_str!("sql/set_meta.sql"), params![HASH_KEY, hash])?;
            Ok(true)
        })?;
        if updated {
            self.settings = self.without_removed_modules(self.settings.clone())?;
        }
        Ok(updated)
    }
}

fn write_modules(tx: &Transaction, bank: &Bank) -> Result<()> {
    let mut upsert = tx.prepare_cached(include_str!("sql/upsert_module.sql"))?;
    for module in &bank.modules {
        upsert.execute(params![
            module.slug,
            module.order,
            module.title,
            module.summary,
            module.planned,
            module.part.as_str()
        ])?;
    }
    let slugs: HashSet<&str> = bank.modules.iter().map(|m| m.slug.as_str()).collect();
    let stored: Vec<String> = tx
        .prepare("SELECT slug FROM modules")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for slug in stored.iter().filter(|slug| !slugs.contains(slug.as_str())) {
        tx.execute("DELETE FROM modules WHERE slug = ?1", [slug])?;
    }
    Ok(())
}

fn write_questions(tx: &Transaction, bank: &Bank) -> Result<()> {
    tx.execute("UPDATE questions SET retired = 1", [])?;
    tx.execute("DELETE FROM question_search", [])?;
    let mut upsert = tx.prepare_cached(include_str!("sql/upsert_question.sql"))?;
    let mut index = tx.prepare_cached(include_str!("sql/index_question.sql"))?;
    for (order, question) in bank.questions.iter().enumerate() {
        // Standard-library examples can run in the app; applied ones need packages it lacks.
        let uses_packages = bank.modules.iter().any(|m| m.slug == question.module && m.packages);
        let prose = |text: &str| {
            if uses_packages {
                render::markdown(text)
            } else {
                render::markdown_with_runnable(text)
            }
        };
        upsert.execute(params![
            question.id,
            question.module,
            order,
            question.title,
            question.difficulty.as_str(),
            question.kind.as_str(),
            json!(question.tags).to_string(),
            json!(question.roles).to_string(),
            question.prompt.as_deref().map(render::markdown),
            serde_json::to_string(&options(question))?,
            question.expected_output,
            prose(&question.answer),
            json!(question
                .key_points
                .iter()
                .map(|p| render::inline(p))
                .collect::<Vec<_>>())
            .to_string(),
            question.tip.as_deref().map(prose),
            json!(question
                .follow_ups
                .iter()
                .map(|p| render::inline(p))
                .collect::<Vec<_>>())
            .to_string(),
            question
                .challenge
                .as_ref()
                .map(|challenge| serde_json::to_string(&ChallengeView::of(challenge)))
                .transpose()?,
        ])?;
        index.execute(params![
            question.id,
            question.title,
            search_body(question),
            question.tags.join(" ")
        ])?;
    }
    Ok(())
}

fn options(question: &Question) -> Vec<ChoiceOptionView> {
    question
        .options
        .iter()
        .map(|option| ChoiceOptionView {
            html: render::inline(&option.text),
            correct: option.correct,
        })
        .collect()
}

fn search_body(question: &Question) -> String {
    let mut parts = vec![render::plain_text(&question.answer)];
    parts.extend(question.prompt.as_deref().map(render::plain_text));
    parts.extend(question.key_points.iter().map(|p| render::plain_text(p)));
    parts.join(" ")
}
