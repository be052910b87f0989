//! Which backups to keep, as Anki keeps them: the newest few, then one a day
//! for 12 days, one a week for 10 weeks and one a month for 9 months.

use chrono::{Datelike, NaiveDateTime};

/// Always kept, however close together.
pub const NEWEST_KEPT: usize = 5;
const DAILY: i64 = 12;
const WEEKLY: i64 = 10;
const MONTHLY: i64 = 9;

/// The backups to delete, given when each was made (any order; of two made in
/// the same second, the one listed first counts as newer) and now.
/// Within each day, week or month the newest backup is the one kept.
pub fn to_delete<T: Clone>(backups: &[(T, NaiveDateTime)], now: NaiveDateTime) -> Vec<T> {
    let mut sorted: Vec<&(T, NaiveDateTime)> = backups.iter().collect();
    sorted.sort_by_key(|(_, made)| std::cmp::Reverse(*made));
    let mut kept_periods: Vec<(u8, i64)> = Vec::new();
    let mut doomed = Vec::new();
    for (index, (item, made)) in sorted.into_iter().enumerate() {
        if index < NEWEST_KEPT {
            continue;
        }
        let age_days = (now.date() - made.date()).num_days();
        let period = if age_days < DAILY {
            Some((0, made.date().num_days_from_ce() as i64))
        } else if age_days < DAILY + WEEKLY * 7 {
            let week = made.date().iso_week();
            Some((1, i64::from(week.year()) * 100 + i64::from(week.week())))
        } else if age_days < DAILY + WEEKLY * 7 + MONTHLY * 31 {
            Some((2, i64::from(made.year()) * 100 + i64::from(made.month())))
        } else {
            None
        };
        match period {
            Some(period) if !kept_periods.contains(&period) => kept_periods.push(period),
            _ => doomed.push(item.clone()),
        }
    }
    doomed
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn at(day: i64, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
            + Duration::days(day)
    }

    /// A user who studies every day for a year, backing up four times a day,
    /// with thinning after every backup, as the app does.
    #[test]
    fn a_year_of_backups_thins_to_anki_like_spacing() {
        let mut kept: Vec<(u32, NaiveDateTime)> = Vec::new();
        let mut next = 0;
        for day in 0..365 {
            for hour in [9, 12, 17, 22] {
                kept.push((next, at(day, hour)));
                next += 1;
                let now = at(day, hour);
                let doomed = to_delete(&kept, now);
                kept.retain(|(id, _)| !doomed.contains(id));
            }
        }
        let now = at(364, 22);
        let ages: Vec<i64> = kept
            .iter()
            .map(|(_, made)| (now.date() - made.date()).num_days())
            .collect();
        let newest = ages.iter().filter(|age| **age == 0).count();
        let daily = ages.iter().filter(|age| (1..12).contains(*age)).count();
        let weekly = ages.iter().filter(|age| (12..82).contains(*age)).count();
        let monthly = ages.iter().filter(|age| (82..361).contains(*age)).count();
        assert_eq!(newest, 4, "today's backups are all among the newest kept");
        assert!((10..=12).contains(&daily), "about one a day for 12 days: {daily}");
        assert!((9..=11).contains(&weekly), "about one a week for 10 weeks: {weekly}");
        assert!((8..=10).contains(&monthly), "about one a month for 9 months: {monthly}");
        assert!(kept.len() < 40, "{} kept", kept.len());
        assert!(
            ages.iter().all(|age| *age < 12 + 70 + 9 * 31),
            "nothing older than the last month"
        );
    }

    #[test]
    fn the_newest_few_are_kept_whatever_their_spacing() {
        let backups: Vec<(u32, NaiveDateTime)> = (0..8).map(|n| (n, at(0, 8 + n))).collect();
        let doomed = to_delete(&backups, at(0, 20));
        assert_eq!(doomed.len(), 2, "5 newest, then one for the day");
        assert!(doomed.iter().all(|n| *n < 2), "the oldest of the day go: {doomed:?}");
    }
}
