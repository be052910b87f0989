use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::path::Path;

use crate::clock::{Clock, SystemClock};
use crate::content::{embedded, Bank};
use crate::plan::NewQuota;
use crate::scheduler::day;
use crate::scheduler::states::Model;
use crate::scheduler::KeptQueue;
use crate::stats::KeptRun;
use crate::storage::Store;
use crate::{Result, Settings};

/// The engine behind every command: one store, the user's settings and a clock.
pub struct Engine {
    pub(crate) store: Store,
    pub(crate) settings: Settings,
    clock: Box<dyn Clock>,
    /// Today's quota of new questions: fixed for the day by its definition, so
    /// it is worked out once per day (and again after the settings or bank change).
    pub(crate) day_quota: Cell<Option<(i64, NewQuota)>>,
    /// Today's queue as last worked out, kept while nothing changes (see [`KeptQueue`]).
    pub(crate) kept_queue: RefCell<Option<KeptQueue>>,
    /// The run of study days that ended yesterday, for the streak.
    pub(crate) kept_run: Cell<Option<KeptRun>>,
    /// When this session last backed the database up.
    pub(crate) last_backup: Option<chrono::NaiveDateTime>,
    /// FSRS with the parameters in use (the user's own once fitted).
    pub(crate) model: Model,
}

impl Engine {
    /// Opens the database file and brings the embedded question bank into it.
    pub fn open(path: &Path, settings: Settings) -> Result<Engine> {
        let mut engine = Engine::with_store(Store::open(path)?, settings, Box::new(SystemClock))?;
        engine.after_reopen()?;
        Ok(engine)
    }

    /// After the store was (re)opened: the embedded bank in it, no stale caches.
    pub(crate) fn after_reopen(&mut self) -> Result<()> {
        self.forget_kept();
        self.model = Model::new(crate::scheduler::parameters(&self.store.conn)?)?;
        // Parsing the bank is the slow part of opening: skipped when the store already holds it.
        if self.stored_content_hash()?.as_deref() != Some(embedded::CONTENT_HASH) {
            self.sync_content(&embedded::bank()?, embedded::CONTENT_HASH)?;
        }
        self.settings = self.without_removed_modules(self.settings.clone())?;
        Ok(())
    }

    /// An engine on a store in memory holding `bank`, for tests.
    pub fn in_memory(bank: &Bank, clock: Box<dyn Clock>) -> Result<Engine> {
        let mut engine = Engine::with_store(Store::open_in_memory()?, Settings::default(), clock)?;
        engine.sync_content(bank, "test")?;
        Ok(engine)
    }

    /// An engine on an already opened store, without syncing content.
    pub fn with_store(store: Store, settings: Settings, clock: Box<dyn Clock>) -> Result<Engine> {
        settings.validate()?;
        let model = Model::new(crate::scheduler::parameters(&store.conn)?)?;
        Ok(Engine {
            store,
            settings,
            clock,
            day_quota: Cell::new(None),
            kept_queue: RefCell::new(None),
            kept_run: Cell::new(None),
            last_backup: None,
            model,
        })
    }

    /// Closes the database cleanly (its write-ahead log folded into the file),
    /// after a last backup when something changed. A failed backup is reported
    /// once the file is closed. The engine is left on an empty store in memory.
    pub fn close(&mut self) -> Result<()> {
        let backup = self.back_up_if_due(true);
        let file = std::mem::replace(&mut self.store, Store::open_in_memory()?);
        file.close()?;
        backup.map(|_| ())
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Checks settings against the bank too: a target role must be one of its roles.
    pub fn check_settings(&self, settings: &Settings) -> Result<()> {
        settings.validate()?;
        if let Some(role) = &settings.target_role {
            if !self.roles()?.iter().any(|known| known.is_role && &known.name == role) {
                return Err(crate::Error::InvalidInput(format!(
                    "there is no target role called {role:?}"
                )));
            }
        }
        let known = self.module_slugs()?;
        if let Some(slug) = settings.excluded_modules.iter().find(|slug| !known.contains(*slug)) {
            return Err(crate::Error::InvalidInput(format!(
                "there is no module called {slug:?}"
            )));
        }
        Ok(())
    }

    /// `settings` without the left-out modules the bank no longer has: a module
    /// a content update removed must never stop the settings being used or saved.
    pub fn without_removed_modules(&self, mut settings: Settings) -> Result<Settings> {
        let known = self.module_slugs()?;
        settings.excluded_modules.retain(|slug| known.contains(slug));
        Ok(settings)
    }

    fn module_slugs(&self) -> Result<HashSet<String>> {
        let mut statement = self.store.conn.prepare_cached("SELECT slug FROM modules")?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn set_settings(&mut self, settings: Settings) -> Result<()> {
        self.check_settings(&settings)?;
        self.settings = settings;
        self.forget_kept();
        Ok(())
    }

    /// Drops what is worked out once and kept (the day's quota, today's queue,
    /// the streak so far): after the settings, the bank, the scheduler's
    /// parameters or the history change. Today's queue is also checked against
    /// the store on every read, so a write anywhere is never missed.
    pub(crate) fn forget_kept(&self) {
        self.day_quota.set(None);
        self.kept_queue.replace(None);
        self.kept_run.set(None);
    }

    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now().timestamp_millis()
    }

    /// The local time now, as RFC 3339 with its UTC offset, to the second.
    pub(crate) fn now_text(&self) -> String {
        self.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    }

    /// Today's number in the user's study calendar (see [`day::day_number`]).
    pub(crate) fn today(&self) -> i64 {
        day::day_number(self.clock.now(), self.settings.rollover_hour)
    }

    /// When study day `day` starts, in milliseconds since the epoch, in today's time zone.
    pub(crate) fn day_start_ms(&self, day: i64) -> i64 {
        day::day_start_ms(day, self.settings.rollover_hour, *self.clock.now().offset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::scheduler::Grade;

    const QUESTION: &str = "+++\nid = \"q-one\"\ntitle = \"One?\"\ndifficulty = \"junior\"\nkind = \"concept\"\ntags = [\"t\"]\n+++\n\n## Answer\n\nYes.\n\n## Key points\n\n- a\n- b\n- c\n";

    #[test]
    fn a_write_the_disk_refuses_changes_nothing_and_says_why() {
        let bank = crate::content::load_bank([
            ("bank.toml", "version = \"1.0.0\"\n"),
            ("roles.toml", "[[role]]\nname = \"R\"\nquestions = 1\nminutes = 5\ndifficulty = [\"junior\"]\nmodules = { \"01-a\" = 1 }\n"),
            ("modules/01-a/module.toml", "title = \"A\"\norder = 1\nsummary = \"s\"\nplanned = 1\n"),
            ("modules/01-a/one.md", QUESTION),
        ])
        .unwrap();
        let clock = ManualClock::new(chrono::Local::now().fixed_offset());
        let mut engine = Engine::in_memory(&bank, Box::new(clock)).unwrap();
        engine.store.conn.pragma_update(None, "query_only", true).unwrap();
        let error = engine.answer("q-one", Grade::Good, 1_000).unwrap_err();
        assert!(
            error.to_string().contains("read-only), so nothing was saved"),
            "{error}"
        );
        engine.store.conn.pragma_update(None, "query_only", false).unwrap();
        let reviews: i64 = engine
            .store
            .conn
            .query_row("SELECT COUNT(*) FROM revlog", [], |r| r.get(0))
            .unwrap();
        assert_eq!(reviews, 0);
        engine.answer("q-one", Grade::Good, 1_000).unwrap();
    }
}
