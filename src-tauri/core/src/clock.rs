//! Time as the engine sees it: local wall-clock time with its UTC offset, so
//! days follow the user's calendar across time-zone and DST changes.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, Local};

pub trait Clock: Send {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The computer's clock and time zone.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that tests set and move by hand.
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<FixedOffset>>>);

impl ManualClock {
    pub fn new(now: DateTime<FixedOffset>) -> Self {
        Self(Arc::new(Mutex::new(now)))
    }

    pub fn set(&self, now: DateTime<FixedOffset>) {
        *self.0.lock().unwrap() = now;
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap();
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self.0.lock().unwrap()
    }
}
