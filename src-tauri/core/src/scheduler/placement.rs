//! Where an answered question's next review lands. FSRS gives an interval;
//! one of more than two days is spread over a small range, as Anki does, and
//! put on the least-loaded day of that range so reviews do not clump. With an
//! interview date ahead, an interval that would carry the question past the
//! date with its predicted recall on the day below the desired retention is
//! shortened to land a few days before it. After the date, plain FSRS applies.

use rusqlite::Connection;

use super::answering::ReviewContext;
use super::card::Card;
use super::states::Outcome;
use crate::Result;

const MAX_INTERVAL_DAYS: i64 = 36_500;

/// Replaces each outcome's FSRS interval with the one that will be used.
pub(crate) fn placed(
    conn: &Connection,
    context: &ReviewContext,
    question_id: &str,
    card: Option<&Card>,
    mut outcomes: [Outcome; 4],
) -> Result<[Outcome; 4]> {
    let seed = seed_of(question_id, card.map_or(0, |card| card.reps));
    for outcome in outcomes.iter_mut().filter(|outcome| outcome.interval_days > 0) {
        outcome.interval_days = place(conn, context, question_id, outcome, seed)?;
    }
    Ok(outcomes)
}

fn place(conn: &Connection, context: &ReviewContext, question_id: &str, outcome: &Outcome, seed: u64) -> Result<i64> {
    let interval = outcome.interval_days;
    let before_interview = for_interview(context, outcome, interval);
    if before_interview < interval {
        // Brought forward on purpose: it lands exactly where the rule put it.
        return Ok(before_interview);
    }
    let (low, high) = fuzz_range(interval);
    if low == high {
        return Ok(interval);
    }
    let loads = due_per_day(conn, question_id, context.today + low, context.today + high)?;
    let chosen = least_loaded(
        low,
        high,
        |days| loads.get((days - low) as usize).copied().unwrap_or(0),
        seed,
    );
    Ok(for_interview(context, outcome, chosen))
}

/// The interval, or a shorter one landing before the interview day when this
/// one would cross it with the predicted recall on the day below target.
pub(crate) fn for_interview(context: &ReviewContext, outcome: &Outcome, interval: i64) -> i64 {
    let Some(interview_day) = context.interview_day else {
        return interval;
    };
    let days_until = interview_day - context.today;
    if days_until <= 0 || interval <= 0 || context.today + interval <= interview_day {
        return interval;
    }
    let recall_on_the_day = context.model.recall(outcome.stability, outcome.difficulty, days_until);
    if recall_on_the_day >= context.desired_retention {
        return interval;
    }
    (days_until - lead(days_until)).clamp(1, interval)
}

/// Days before the interview that a review brought forward lands: one to three.
fn lead(days_until: i64) -> i64 {
    (days_until / 10).clamp(1, 3)
}

/// The days an interval may move to: none below three days, then about 15%,
/// 10% and 5% of the parts of the interval beyond 2.5, 7 and 20 days.
pub fn fuzz_range(interval: i64) -> (i64, i64) {
    if interval < 3 {
        return (interval, interval);
    }
    let days = interval as f64;
    let delta: f64 = 1.0
        + [(2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, f64::INFINITY, 0.05)]
            .iter()
            .map(|(start, end, share)| share * (days.min(*end) - start).max(0.0))
            .sum::<f64>();
    let low = ((days - delta).round() as i64).max(2);
    let high = ((days + delta).round() as i64).min(MAX_INTERVAL_DAYS);
    (low.min(interval), high.max(interval))
}

/// The day of `low..=high` with the fewest reviews due; among equals, one
/// chosen by `seed`, so the same question and history always land the same.
pub fn least_loaded(low: i64, high: i64, load: impl Fn(i64) -> u32, seed: u64) -> i64 {
    let fewest = (low..=high).map(&load).min().unwrap_or(0);
    let candidates: Vec<i64> = (low..=high).filter(|days| load(*days) == fewest).collect();
    candidates[(seed % candidates.len() as u64) as usize]
}

/// Reviews due on each day from `first` to `last`, other questions only.
fn due_per_day(conn: &Connection, question_id: &str, first: i64, last: i64) -> Result<Vec<u32>> {
    let mut loads = vec![0; (last - first + 1) as usize];
    let mut statement = conn.prepare_cached(include_str!("sql/due_per_day.sql"))?;
    let mut rows = statement.query(rusqlite::params![first, last, question_id])?;
    while let Some(row) = rows.next()? {
        let day: i64 = row.get(0)?;
        loads[(day - first) as usize] = row.get(1)?;
    }
    Ok(loads)
}

/// A stable number from the question and how often it was answered.
fn seed_of(question_id: &str, reps: u32) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in question_id.bytes().chain(reps.to_le_bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scheduler::card::CardState;
    use crate::scheduler::states::Model;

    fn context(interview_day: Option<i64>) -> ReviewContext {
        ReviewContext {
            today: 100,
            now_ms: 0,
            desired_retention: 0.9,
            model: Model::default(),
            interview_day,
        }
    }

    fn outcome(stability: f32, interval_days: i64) -> Outcome {
        Outcome {
            state: CardState::Review,
            stability,
            difficulty: 5.0,
            interval_days,
        }
    }

    #[test]
    fn an_interval_crossing_the_interview_unprepared_lands_a_few_days_before_it() {
        let model = Model::default();
        // Stability 10 days: recall on a day 20 days out is under 90%.
        assert!(model.recall(10.0, 5.0, 20) < 0.9);
        assert_eq!(
            for_interview(&context(Some(120)), &outcome(10.0, 25), 25),
            18,
            "two days' lead"
        );
        assert_eq!(
            for_interview(&context(Some(105)), &outcome(2.0, 9), 9),
            4,
            "one day's lead"
        );
        assert_eq!(
            for_interview(&context(Some(101)), &outcome(0.5, 3), 3),
            1,
            "never today"
        );
        // Recall on the day still high enough: the interval stands.
        assert!(model.recall(200.0, 5.0, 20) >= 0.9);
        assert_eq!(for_interview(&context(Some(120)), &outcome(200.0, 300), 300), 300);
        // Landing before the day, no date, or the date passed: unchanged.
        assert_eq!(for_interview(&context(Some(120)), &outcome(10.0, 15), 15), 15);
        assert_eq!(for_interview(&context(None), &outcome(10.0, 25), 25), 25);
        assert_eq!(for_interview(&context(Some(100)), &outcome(10.0, 25), 25), 25);
    }

    #[test]
    fn short_intervals_are_not_fuzzed_and_ranges_grow_with_the_interval() {
        assert_eq!(fuzz_range(1), (1, 1));
        assert_eq!(fuzz_range(2), (2, 2));
        assert_eq!(fuzz_range(3), (2, 4));
        let mut previous_width = 0;
        for interval in 3..=3650 {
            let (low, high) = fuzz_range(interval);
            assert!(
                low >= 2 && low <= interval && interval <= high,
                "{interval}: {low}..{high}"
            );
            assert!(high - low >= previous_width, "{interval}: the range never narrows");
            previous_width = high - low;
        }
        assert_eq!(
            fuzz_range(100),
            (93, 107),
            "1 + 15% of 4.5 + 10% of 13 + 5% of 80 days either side"
        );
    }

    #[test]
    fn the_least_loaded_day_wins_and_ties_follow_the_seed() {
        let loads = [5, 2, 7, 2, 9];
        let load = |days: i64| loads[(days - 10) as usize];
        for seed in 0..20 {
            let day = least_loaded(10, 14, load, seed);
            assert!(day == 11 || day == 13);
            assert_eq!(day, least_loaded(10, 14, load, seed), "deterministic for a seed");
        }
        let spread: std::collections::HashSet<i64> = (0..20).map(|seed| least_loaded(10, 14, load, seed)).collect();
        assert_eq!(spread.len(), 2, "both tied days are used");
    }
}
