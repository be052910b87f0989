//! Statistics for the Progress page. Every series comes from one call, read
//! from the daily aggregates, the cards and the rounds, never from a scan of
//! the whole review log, so the page stays fast on years of history.

mod activity;
mod card_charts;
mod challenge_charts;
pub(crate) mod daily;
mod history;
mod readiness;
mod round_charts;
mod streak;

use serde::{Deserialize, Serialize};

use crate::scheduler::day::date_of_day;
use crate::{Engine, Result};

pub use activity::{ButtonCounts, Heatmap, RetentionPeriod, RetentionRow, ReviewSeries, TodaySummary};
pub use card_charts::{HistogramBucket, ModuleStates};
pub use challenge_charts::ChallengesSolved;
pub use readiness::{ModuleReadiness, Readiness};
pub use round_charts::RoundPoint;
pub(crate) use streak::KeptRun;

/// Days of forecast returned; the page shows the first 30 or all 90.
pub const FORECAST_DAYS: usize = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum StatsRange {
    Month,
    Quarter,
    Year,
    All,
}

impl StatsRange {
    fn days(self) -> Option<i64> {
        match self {
            StatsRange::Month => Some(30),
            StatsRange::Quarter => Some(90),
            StatsRange::Year => Some(365),
            StatsRange::All => None,
        }
    }
}

/// Everything the Progress page draws, for one range and module filter.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Today's date in the study calendar, `YYYY-MM-DD`.
    pub today_date: String,
    pub today: TodaySummary,
    pub heatmap: Heatmap,
    pub reviews: ReviewSeries,
    /// Reviews due on each of the next days; the first entry (today) includes overdue ones.
    pub forecast: Vec<u32>,
    pub states: Vec<ModuleStates>,
    pub retention: Vec<RetentionRow>,
    pub stability: Vec<HistogramBucket>,
    pub buttons: Vec<ButtonCounts>,
    pub readiness: Readiness,
    /// Scored rounds in the range, oldest first (rounds mix modules, so the filter does not apply).
    pub rounds: Vec<RoundPoint>,
    /// Coding challenges solved per difficulty, over all time and modules.
    pub challenges: Vec<ChallengesSolved>,
}

impl Engine {
    /// Every chart series for `range`, limited to one module when `module` is given.
    pub fn progress(&self, range: StatsRange, module: Option<&str>) -> Result<Progress> {
        let today = self.today();
        let history = history::History::load(&self.store.conn, module)?;
        let start = match range.days() {
            Some(days) => today - days + 1,
            None => history.first_day().unwrap_or(today).min(today),
        };
        Ok(Progress {
            today_date: date_of_day(today),
            today: activity::today_summary(&history, today),
            heatmap: activity::heatmap(&history, today),
            reviews: activity::review_series(&history, start, today),
            forecast: card_charts::forecast(&self.store.conn, module, today)?,
            states: card_charts::module_states(&self.store.conn, module)?,
            retention: activity::retention(&history, today),
            stability: card_charts::stability_histogram(&self.store.conn, module)?,
            buttons: activity::buttons(&history, start, today),
            readiness: self.readiness(module)?,
            rounds: round_charts::round_points(&self.store.conn, self.day_start_ms(start))?,
            challenges: challenge_charts::challenges_solved(&self.store.conn)?,
        })
    }
}
