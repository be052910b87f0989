use crate::{Engine, Result};

impl Engine {
    /// Consecutive study days ending today, or ending yesterday when nothing
    /// has been answered yet today (the streak is still alive until rollover).
    pub(crate) fn streak(&self, today: i64) -> Result<u32> {
        let mut statement = self
            .store
            .conn
            .prepare_cached("SELECT DISTINCT day FROM revlog WHERE day <= ?1 ORDER BY day DESC")?;
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
