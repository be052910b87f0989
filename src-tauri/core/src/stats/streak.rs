//! Study streaks: runs of consecutive study days.

use crate::{Engine, Result};

pub struct Streaks {
    /// The run ending today, or yesterday when nothing has been answered yet
    /// today (a streak stays alive until the day rolls over).
    pub current: u32,
    pub longest: u32,
}

/// The streaks in `days` (study days, ascending, no repeats) as of `today`.
pub fn streaks(days: impl Iterator<Item = i64>, today: i64) -> Streaks {
    let (mut run, mut longest, mut last) = (0u32, 0u32, None::<i64>);
    for day in days.take_while(|day| *day <= today) {
        run = if last == Some(day - 1) { run + 1 } else { 1 };
        longest = longest.max(run);
        last = Some(day);
    }
    let current = match last {
        Some(day) if day >= today - 1 => run,
        _ => 0,
    };
    Streaks { current, longest }
}

/// The run of study days that ended the day before `today`: answers and undos
/// only ever change today, so it holds all day for the same store.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeptRun {
    store: (u64, i64),
    today: i64,
    run: u32,
}

impl Engine {
    /// The current streak: today, when studied, and the run of study days
    /// that ended yesterday. That run only changes with the day (answers and
    /// undos only touch today), so it is read once a day; an import or a
    /// repair of the history drops it ([`Engine::forget_kept`]).
    pub(crate) fn streak(&self, today: i64) -> Result<u32> {
        let store = self.store.outside_version()?;
        let before = match self.kept_run.get() {
            Some(kept) if kept.store == store && kept.today == today => kept.run,
            _ => {
                let run = self.run_ending(today - 1)?;
                self.kept_run.set(Some(KeptRun { store, today, run }));
                run
            }
        };
        let studied_today: bool = self
            .store
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM daily_stats WHERE module_slug = '' AND day = ?1)")?
            .query_row([today], |row| row.get(0))?;
        Ok(before + u32::from(studied_today))
    }

    /// Consecutive study days ending on `last` (0 when `last` was not one),
    /// reading back only as far as the run goes.
    fn run_ending(&self, last: i64) -> Result<u32> {
        let mut statement = self.store.conn.prepare_cached(
            "SELECT DISTINCT day FROM daily_stats WHERE module_slug = '' AND day <= ?1 ORDER BY day DESC",
        )?;
        let mut days = statement.query_map([last], |row| row.get::<_, i64>(0))?;
        let mut run = 0;
        while let Some(day) = days.next().transpose()? {
            if day != last - i64::from(run) {
                break;
            }
            run += 1;
        }
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_run_and_the_one_reaching_today() {
        let days = [1, 2, 3, 4, 10, 11, 19, 20];
        let streaks = streaks(days.into_iter(), 20);
        assert_eq!((streaks.current, streaks.longest), (2, 4));
    }

    #[test]
    fn a_streak_survives_until_the_day_is_over() {
        assert_eq!(streaks([5, 6, 7].into_iter(), 8).current, 3);
        assert_eq!(streaks([5, 6, 7].into_iter(), 9).current, 0);
        assert_eq!(streaks(std::iter::empty(), 9).longest, 0);
    }
}
