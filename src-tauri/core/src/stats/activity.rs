//! Charts of what the user did: today, the year's heatmap, reviews per day,
//! true retention and the answer buttons.

use serde::Serialize;

use super::history::{History, ReviewKind, Tally};
use super::streak;
use crate::scheduler::day::date_of_day;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TodaySummary {
    pub reviews: u32,
    pub time_ms: u32,
    /// Share of today's answers other than "again"; None before the first answer.
    pub accuracy: Option<f32>,
    pub new_seen: u32,
}

/// Answers per day for the past year, oldest first, ending today.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Heatmap {
    pub start_date: String,
    pub counts: Vec<u32>,
    pub current_streak: u32,
    pub longest_streak: u32,
    pub days_studied: u32,
}

/// Answers per bin from the range's start to today, by kind, and the time spent.
/// A bin is one day, or a week or a month when the range spans years.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSeries {
    pub start_date: String,
    pub bin_days: u32,
    pub new: Vec<u32>,
    pub learning: Vec<u32>,
    pub young: Vec<u32>,
    pub mature: Vec<u32>,
    pub time_ms: Vec<u32>,
}

/// Passed share of reviews over one period ("true retention", as in Anki):
/// a review passes unless it is answered "again".
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RetentionRow {
    pub period: RetentionPeriod,
    pub young_passed: u32,
    pub young_reviews: u32,
    pub mature_passed: u32,
    pub mature_reviews: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum RetentionPeriod {
    Today,
    Week,
    Month,
    Year,
    All,
}

/// How often each grade was pressed, for one kind of answer.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ButtonCounts {
    pub kind: String,
    /// Again, hard, good, easy.
    pub grades: Vec<u32>,
}

const HEATMAP_DAYS: i64 = 365;

pub fn today_summary(history: &History, today: i64) -> TodaySummary {
    let kinds = history.totals(today, today);
    let mut all = Tally::default();
    kinds.iter().for_each(|tally| all.add(tally));
    TodaySummary {
        reviews: all.reviews,
        time_ms: all.duration_ms,
        accuracy: (all.reviews > 0).then(|| all.passed() as f32 / all.reviews as f32),
        new_seen: kinds[ReviewKind::New as usize].reviews,
    }
}

pub fn heatmap(history: &History, today: i64) -> Heatmap {
    let start = today - HEATMAP_DAYS + 1;
    let mut counts = vec![0; HEATMAP_DAYS as usize];
    for (day, tallies) in history.between(start, today) {
        counts[(day - start) as usize] = tallies.iter().map(|t| t.reviews).sum();
    }
    let streaks = streak::streaks(history.study_days(), today);
    Heatmap {
        start_date: date_of_day(start),
        counts,
        current_streak: streaks.current,
        longest_streak: streaks.longest,
        days_studied: history.study_days().count() as u32,
    }
}

/// Days per bin: single days up to a year, then weeks, then 30-day months.
fn bin_days(span_days: i64) -> i64 {
    match span_days {
        ..=366 => 1,
        367..=1096 => 7,
        _ => 30,
    }
}

pub fn review_series(history: &History, start: i64, today: i64) -> ReviewSeries {
    let bin = bin_days(today - start + 1);
    let bins = ((today - start) / bin + 1) as usize;
    let mut series = ReviewSeries {
        start_date: date_of_day(start),
        bin_days: bin as u32,
        new: vec![0; bins],
        learning: vec![0; bins],
        young: vec![0; bins],
        mature: vec![0; bins],
        time_ms: vec![0; bins],
    };
    for (day, tallies) in history.between(start, today) {
        let index = ((day - start) / bin) as usize;
        series.new[index] += tallies[ReviewKind::New as usize].reviews;
        series.learning[index] += tallies[ReviewKind::Learning as usize].reviews;
        series.young[index] += tallies[ReviewKind::Young as usize].reviews;
        series.mature[index] += tallies[ReviewKind::Mature as usize].reviews;
        let time: u32 = tallies.iter().fold(0, |sum, t| sum.saturating_add(t.duration_ms));
        series.time_ms[index] = series.time_ms[index].saturating_add(time);
    }
    series
}

pub fn retention(history: &History, today: i64) -> Vec<RetentionRow> {
    let periods = [
        (RetentionPeriod::Today, today),
        (RetentionPeriod::Week, today - 6),
        (RetentionPeriod::Month, today - 29),
        (RetentionPeriod::Year, today - 364),
        (RetentionPeriod::All, i64::MIN),
    ];
    periods
        .into_iter()
        .map(|(period, first)| {
            let totals = history.totals(first, today);
            let young = &totals[ReviewKind::Young as usize];
            let mature = &totals[ReviewKind::Mature as usize];
            RetentionRow {
                period,
                young_passed: young.passed(),
                young_reviews: young.reviews,
                mature_passed: mature.passed(),
                mature_reviews: mature.reviews,
            }
        })
        .collect()
}

pub fn buttons(history: &History, start: i64, today: i64) -> Vec<ButtonCounts> {
    let totals = history.totals(start, today);
    ReviewKind::ALL
        .into_iter()
        .map(|kind| ButtonCounts {
            kind: kind.as_str().to_owned(),
            grades: totals[kind as usize].grades.to_vec(),
        })
        .collect()
}
