//! The study history summed per day and kind, loaded once per Progress call
//! from the daily aggregates.

use std::collections::BTreeMap;

use rusqlite::Connection;

use crate::Result;

/// How an answer counts: its card's state before it was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    New = 0,
    Learning = 1,
    /// A review at an interval under three weeks.
    Young = 2,
    /// A review at an interval of three weeks or more.
    Mature = 3,
}

impl ReviewKind {
    pub const ALL: [ReviewKind; 4] = [
        ReviewKind::New,
        ReviewKind::Learning,
        ReviewKind::Young,
        ReviewKind::Mature,
    ];

    fn parse(text: &str) -> Option<ReviewKind> {
        ReviewKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewKind::New => "new",
            ReviewKind::Learning => "learning",
            ReviewKind::Young => "young",
            ReviewKind::Mature => "mature",
        }
    }
}

/// The answers of one kind on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pub reviews: u32,
    /// Answers per grade: again, hard, good, easy.
    pub grades: [u32; 4],
    pub duration_ms: u32,
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        self.reviews += other.reviews;
        for (total, count) in self.grades.iter_mut().zip(other.grades) {
            *total += count;
        }
        self.duration_ms = self.duration_ms.saturating_add(other.duration_ms);
    }

    /// Answers other than "again".
    pub fn passed(&self) -> u32 {
        self.reviews - self.grades[0]
    }
}

pub struct History {
    days: BTreeMap<i64, [Tally; 4]>,
}

impl History {
    pub fn load(conn: &Connection, module: Option<&str>) -> Result<History> {
        let mut statement = conn.prepare_cached(include_str!("sql/history.sql"))?;
        let mut rows = statement.query([module.unwrap_or("")])?;
        let mut days: BTreeMap<i64, [Tally; 4]> = BTreeMap::new();
        while let Some(row) = rows.next()? {
            let Some(kind) = ReviewKind::parse(&row.get::<_, String>(1)?) else {
                continue;
            };
            days.entry(row.get(0)?).or_default()[kind as usize] = Tally {
                reviews: row.get(2)?,
                grades: [row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?],
                duration_ms: row.get::<_, i64>(7)?.clamp(0, i64::from(u32::MAX)) as u32,
            };
        }
        Ok(History { days })
    }

    pub fn first_day(&self) -> Option<i64> {
        self.days.keys().next().copied()
    }

    /// The days from `first` to `last`, both included, that have answers.
    pub fn between(&self, first: i64, last: i64) -> impl Iterator<Item = (i64, &[Tally; 4])> {
        self.days.range(first..=last).map(|(day, tallies)| (*day, tallies))
    }

    /// Every day with answers, oldest first.
    pub fn study_days(&self) -> impl Iterator<Item = i64> + '_ {
        self.days.keys().copied()
    }

    /// The answers of each kind from `first` to `last`, summed.
    pub fn totals(&self, first: i64, last: i64) -> [Tally; 4] {
        let mut totals = [Tally::default(); 4];
        for (_, tallies) in self.between(first, last) {
            for (total, tally) in totals.iter_mut().zip(tallies) {
                total.add(tally);
            }
        }
        totals
    }
}
