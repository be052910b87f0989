//! Checking and repairing the database: the file's own checks, and every
//! derived table rebuilt from what it derives from (the search index from the
//! bank and the notes, the daily sums and the cards from the review log). The
//! report says what was found and fixed, in numbers.

use rusqlite::Transaction;
use serde::Serialize;

use crate::{Engine, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    /// "ok", or the first problems `integrity_check` found.
    pub integrity: String,
    /// Rows that pointed at missing rows, removed.
    pub broken_links_removed: u32,
    /// Questions indexed for search again (and notes).
    pub search_entries_rebuilt: u32,
    /// Daily sums that did not match the review log, recomputed.
    pub daily_sums_fixed: u32,
    /// Cards whose state did not match their review log, rewritten (or removed without a log).
    pub cards_fixed: u32,
}

impl CheckReport {
    pub fn found_nothing(&self) -> bool {
        self.integrity == "ok" && self.broken_links_removed + self.daily_sums_fixed + self.cards_fixed == 0
    }
}

impl Engine {
    /// Runs every check and repair in one transaction. A file that fails its
    /// own integrity check is not written to: restoring a backup is the cure.
    pub fn check_database(&mut self) -> Result<CheckReport> {
        let integrity = integrity(&self.store.conn)?;
        if integrity != "ok" {
            return Ok(CheckReport {
                integrity,
                broken_links_removed: 0,
                search_entries_rebuilt: 0,
                daily_sums_fixed: 0,
                cards_fixed: 0,
            });
        }
        let report = self.store.transact(|tx| {
            let report = CheckReport {
                integrity: integrity.clone(),
                broken_links_removed: remove_broken_links(tx)?,
                search_entries_rebuilt: 0,
                daily_sums_fixed: fix_daily_sums(tx)?,
                cards_fixed: fix_cards(tx)?,
            };
            recount_due_loads(tx)?;
            Ok(report)
        })?;
        let rebuilt = self.rebuild_search()?;
        self.forget_kept();
        Ok(CheckReport {
            search_entries_rebuilt: rebuilt,
            ..report
        })
    }

    fn rebuild_search(&mut self) -> Result<u32> {
        self.store.transact(|tx| {
            tx.execute("DELETE FROM meta WHERE key = 'content_hash'", [])?;
            tx.execute("DELETE FROM note_search", [])?;
            Ok(tx.execute(
                "INSERT INTO note_search (question_id, text) SELECT question_id, text FROM notes",
                [],
            )? as u32)
        })?;
        // Syncing the bank again (its hash is gone) rewrites every question's index entry.
        self.after_reopen()?;
        let indexed: u32 = self
            .store
            .conn
            .query_row("SELECT COUNT(*) FROM question_search", [], |row| row.get(0))?;
        let notes: u32 = self
            .store
            .conn
            .query_row("SELECT COUNT(*) FROM note_search", [], |row| row.get(0))?;
        Ok(indexed + notes)
    }
}

fn integrity(conn: &rusqlite::Connection) -> Result<String> {
    let mut statement = conn.prepare("PRAGMA integrity_check(10)")?;
    let problems: Vec<String> = statement
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(problems.join("; "))
}

/// Rows of the user's tables whose question no longer exists.
fn remove_broken_links(tx: &Transaction) -> Result<u32> {
    let mut removed = 0;
    for table in [
        "cards",
        "revlog",
        "attempts",
        "drafts",
        "question_marks",
        "notes",
        "round_questions",
    ] {
        removed += tx.execute(
            &format!("DELETE FROM {table} WHERE question_id NOT IN (SELECT id FROM questions)"),
            [],
        )?;
    }
    Ok(removed as u32)
}

fn fix_daily_sums(tx: &Transaction) -> Result<u32> {
    let wrong: u32 = tx.query_row(
        "SELECT COUNT(DISTINCT day || ' ' || module_slug || ' ' || kind) FROM (
           SELECT * FROM (SELECT * FROM daily_totals EXCEPT SELECT * FROM daily_stats)
           UNION ALL
           SELECT * FROM (SELECT * FROM daily_stats EXCEPT SELECT * FROM daily_totals))",
        [],
        |row| row.get(0),
    )?;
    if wrong > 0 {
        tx.execute("DELETE FROM daily_stats", [])?;
        tx.execute("INSERT INTO daily_stats SELECT * FROM daily_totals", [])?;
    }
    Ok(wrong)
}

/// The per-day counts of due cards, counted again (the cards' triggers keep
/// them; only a damaged file or a hand edit can put them wrong).
fn recount_due_loads(tx: &Transaction) -> Result<()> {
    tx.execute("DELETE FROM due_loads", [])?;
    tx.execute(
        "INSERT INTO due_loads (day, cards) SELECT due_day, COUNT(*) FROM cards GROUP BY due_day",
        [],
    )?;
    Ok(())
}

const CARD_COLUMNS: &str = "question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses";

fn fix_cards(tx: &Transaction) -> Result<u32> {
    let expected = include_str!("sql/cards_from_log.sql");
    let wrong: u32 = tx.query_row(
        &format!(
            "SELECT COUNT(DISTINCT question_id) FROM (
               SELECT * FROM (SELECT * FROM ({expected}) EXCEPT SELECT {CARD_COLUMNS} FROM cards)
               UNION ALL
               SELECT * FROM (SELECT {CARD_COLUMNS} FROM cards EXCEPT SELECT * FROM ({expected})))"
        ),
        [],
        |row| row.get(0),
    )?;
    if wrong > 0 {
        tx.execute("DELETE FROM cards", [])?;
        tx.execute(&format!("INSERT INTO cards ({CARD_COLUMNS}) {expected}"), [])?;
    }
    Ok(wrong)
}
