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

impl Engine {
    /// The current streak, reading back from today only as far as it goes.
    pub(crate) fn streak(&self, today: i64) -> Result<u32> {
        let mut statement = self.store.conn.prepare_cached(
            "SELECT DISTINCT day FROM daily_stats WHERE module_slug = '' AND day <= ?1 ORDER BY day DESC",
        )?;
        let mut days = statement.query_map([today], |row| row.get::<_, i64>(0))?;
        let mut expected = today;
        let mut streak = 0;
        while let Some(day) = days.next().transpose()? {
            if day == expected || (streak == 0 && day == today - 1) {
                streak += 1;
                expected = day - 1;
            } else {
                break;
            }
        }
        Ok(streak)
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
