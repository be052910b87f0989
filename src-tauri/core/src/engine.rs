use std::cell::Cell;
use std::path::Path;

use crate::clock::{Clock, SystemClock};
use crate::content::{embedded, Bank};
use crate::plan::NewQuota;
use crate::scheduler::day;
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
}

impl Engine {
    /// Opens the database file and brings the embedded question bank into it.
    pub fn open(path: &Path, settings: Settings) -> Result<Engine> {
        let mut engine = Engine::with_store(Store::open(path)?, settings, Box::new(SystemClock))?;
        engine.sync_content(&embedded::bank()?, embedded::CONTENT_HASH)?;
        Ok(engine)
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
        Ok(Engine {
            store,
            settings,
            clock,
            day_quota: Cell::new(None),
        })
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
        Ok(())
    }

    pub fn set_settings(&mut self, settings: Settings) -> Result<()> {
        self.check_settings(&settings)?;
        self.settings = settings;
        self.day_quota.set(None);
        Ok(())
    }

    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now().timestamp_millis()
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
