//! Study days. A day starts at the rollover hour of local wall-clock time and
//! is numbered by its local calendar date, so a DST change or a flight across
//! time zones can shorten or lengthen a day but never skip one or go back.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

/// Days since 1970-01-01 of the study day containing `now`.
pub fn day_number(now: DateTime<FixedOffset>, rollover_hour: u32) -> i64 {
    let local = now.naive_local() - Duration::hours(i64::from(rollover_hour));
    local.date().signed_duration_since(NaiveDate::default()).num_days()
}

/// The calendar date of a study day, `YYYY-MM-DD`.
pub fn date_of_day(day: i64) -> String {
    (NaiveDate::default() + Duration::days(day))
        .format("%Y-%m-%d")
        .to_string()
}

/// The study day of a `YYYY-MM-DD` date, or None if it is not one.
pub fn day_of_date(date: &str) -> Option<i64> {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(date.signed_duration_since(NaiveDate::default()).num_days())
}

/// When study day `day` starts, in milliseconds since the epoch, at `offset` from UTC.
pub fn day_start_ms(day: i64, rollover_hour: u32, offset: FixedOffset) -> i64 {
    let start = NaiveDate::default().and_hms_opt(0, 0, 0).unwrap_or_default()
        + Duration::days(day)
        + Duration::hours(i64::from(rollover_hour));
    (start - Duration::seconds(i64::from(offset.local_minus_utc())))
        .and_utc()
        .timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::America::New_York;

    fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> DateTime<FixedOffset> {
        New_York
            .with_ymd_and_hms(year, month, day, hour, minute, 0)
            .single()
            .unwrap()
            .fixed_offset()
    }

    #[test]
    fn a_day_starts_at_the_rollover_hour() {
        let before = day_number(at(2026, 3, 2, 3, 59), 4);
        let after = day_number(at(2026, 3, 2, 4, 0), 4);
        assert_eq!(after - before, 1);
        assert_eq!(day_number(at(2026, 3, 2, 23, 59), 4), after);
    }

    #[test]
    fn dst_changes_never_skip_or_repeat_a_day() {
        // New York springs forward on 2026-03-08 and falls back on 2026-11-01.
        for (month, day) in [(3, 7), (10, 31)] {
            let mut previous = day_number(at(2026, month, day, 0, 0), 4);
            let start = at(2026, month, day, 0, 0).with_timezone(&chrono::Utc);
            for step in 1..=(72 * 4) {
                let now = (start + Duration::minutes(15 * step))
                    .with_timezone(&New_York)
                    .fixed_offset();
                let current = day_number(now, 4);
                assert!(
                    current - previous == 0 || current - previous == 1,
                    "jumped from {previous} to {current} at {now}"
                );
                previous = current;
            }
            assert_eq!(previous - day_number(at(2026, month, day, 0, 0), 4), 3);
        }
    }

    #[test]
    fn dates_and_days_convert_both_ways() {
        let day = day_of_date("2026-11-21").unwrap();
        assert_eq!(date_of_day(day), "2026-11-21");
        assert_eq!(day_of_date("2026-11-22"), Some(day + 1));
        assert_eq!(day_of_date("21/11/2026"), None);
        let now = at(2026, 11, 21, 9, 30);
        assert_eq!(day_number(now, 4), day);
        let start = day_start_ms(day, 4, *now.offset());
        assert_eq!(start, at(2026, 11, 21, 4, 0).timestamp_millis());
    }

    #[test]
    fn flying_east_moves_to_the_local_date() {
        let new_york = at(2026, 6, 1, 20, 0);
        let tokyo = new_york.with_timezone(&chrono_tz::Asia::Tokyo).fixed_offset();
        assert_eq!(day_number(tokyo, 4) - day_number(new_york, 4), 1);
    }
}
