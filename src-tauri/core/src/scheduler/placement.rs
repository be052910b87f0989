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

/// Replaces each outcome's FSRS interval with the one that will be used. The
/// loads of every grade's fuzz range are read in one query.
pub(crate) fn placed(
    conn: &Connection,
    context: &ReviewContext,
    question_id: &str,
    card: Option<&Card>,
    mut outcomes: [Outcome; 4],
) -> Result<[Outcome; 4]> {
    let seed = seed_of(question_id, card.map_or(0, |card| card.reps));
    let ranges = outcomes.each_ref().map(|outcome| spread_range(context, outcome));
    let (first, last) = ranges
        .iter()
        .flatten()
        .fold((i64::MAX, i64::MIN), |(first, last), (low, high)| {
            (first.min(*low), last.max(*high))
        });
    let loads = if first <= last {
        let own_due_day = card.map(|card| card.due_day);
        due_per_day(conn, own_due_day, context.today + first, context.today + last)?
    } else {
        Vec::new()
    };
    for (outcome, range) in outcomes.iter_mut().zip(ranges) {
        if let Some((low, high)) = range {
            let load = |days: i64| loads.get((days - first) as usize).copied().unwrap_or(0);
            let chosen = least_loaded(low, high, load, seed);
            outcome.interval_days = for_interview(context, outcome, chosen);
        } else {
            outcome.interval_days = for_interview(context, outcome, outcome.interval_days);
        }
    }
    Ok(outcomes)
}

/// The days (from today) this outcome's interval may be spread over, or None
/// when it stays as it is: too short to fuzz, or brought forward on purpose
/// to land before the interview.
fn spread_range(context: &ReviewContext, outcome: &Outcome) -> Option<(i64, i64)> {
    let interval = outcome.interval_days;
    if interval <= 0 || for_interview(context, outcome, interval) < interval {
        return None;
    }
    let (low, high) = fuzz_range(interval);
    (low != high).then_some((low, high))
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

/// Cards due on each day from `first` to `last`, less the question's own
/// card (due on `own_due_day`), which is the one being placed.
fn due_per_day(conn: &Connection, own_due_day: Option<i64>, first: i64, last: i64) -> Result<Vec<u32>> {
    let mut loads = vec![0u32; (last - first + 1) as usize];
    let mut statement = conn.prepare_cached(include_str!("sql/due_per_day.sql"))?;
    let mut rows = statement.query(rusqlite::params![first, last])?;
    while let Some(row) = rows.next()? {
        let day: i64 = row.get(0)?;
        loads[(day - first) as usize] = row.get(1)?;
    }
    if let Some(day) = own_due_day.filter(|day| (first..=last).contains(day)) {
        let own = &mut loads[(day - first) as usize];
        *own = own.saturating_sub(1);
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
    fn a_days_load_counts_every_card_due_that_day_but_the_questions_own() {
        use rusqlite::OptionalExtension;
        let bank = crate::content::embedded::bank().unwrap();
        let clock = crate::clock::ManualClock::new(chrono::Local::now().fixed_offset());
        let engine = crate::Engine::in_memory(&bank, Box::new(clock)).unwrap();
        let conn = &engine.store.conn;
        let ids: Vec<String> = conn
            .prepare("SELECT id FROM questions ORDER BY id LIMIT 40")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for (n, id) in ids.iter().enumerate() {
            conn.execute(
                "INSERT INTO cards (question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses)
                 VALUES (?1, 'review', 10, 5, ?2, 90, 0, 1, 0)",
                rusqlite::params![id, 100 + (n % 7) as i64],
            )
            .unwrap();
        }
        // The loads follow a card that moves and one that goes.
        conn.execute("UPDATE cards SET due_day = 103 WHERE question_id = ?1", [&ids[0]])
            .unwrap();
        conn.execute("DELETE FROM cards WHERE question_id = ?1", [&ids[1]])
            .unwrap();
        let counted = |left_out: &str| -> Vec<u32> {
            (99..=107)
                .map(|day: i64| {
                    conn.query_row(
                        "SELECT COUNT(*) FROM cards WHERE due_day = ?1 AND question_id != ?2",
                        rusqlite::params![day, left_out],
                        |row| row.get(0),
                    )
                    .unwrap()
                })
                .collect()
        };
        for question in [ids[0].as_str(), ids[1].as_str(), ids[5].as_str(), "not-a-question"] {
            let own_due_day = conn
                .query_row("SELECT due_day FROM cards WHERE question_id = ?1", [question], |row| {
                    row.get(0)
                })
                .optional()
                .unwrap();
            assert_eq!(
                due_per_day(conn, own_due_day, 99, 107).unwrap(),
                counted(question),
                "{question}"
            );
        }
        assert_eq!(counted("not-a-question")[1..9].iter().sum::<u32>(), 39);
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
