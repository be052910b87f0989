use chrono::Duration;
use pyprep_core::clock::ManualClock;
use pyprep_core::content::embedded;
use pyprep_core::scheduler::day::{date_of_day, day_of_date};
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

use crate::fixtures::new_york;
use crate::learner::Random;

fn engine(interview_date: Option<&str>) -> (Engine, ManualClock) {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let mut engine = Engine::in_memory(&embedded::bank().unwrap(), Box::new(clock.clone())).unwrap();
    engine
        .set_settings(Settings {
            new_per_day: 15,
            interview_date: interview_date.map(Into::into),
            ..Settings::default()
        })
        .unwrap();
    (engine, clock)
}

/// Answers each day's queue for `days` days (mostly Good and Easy, some
/// Again), checking every answer with `check(engine, question, grade)`.
fn study(engine: &mut Engine, clock: &ManualClock, days: i64, mut check: impl FnMut(&mut Engine, &str, Grade, u32)) {
    let mut random = Random::new(11);
    for _ in 0..days {
        while let Some(item) = engine.next_review().unwrap() {
            let grade = match random.unit() {
                x if x < 0.1 => Grade::Again,
                x if x < 0.2 => Grade::Hard,
                x if x < 0.8 => Grade::Good,
                _ => Grade::Easy,
            };
            let shown = item
                .intervals
                .iter()
                .find(|preview| preview.grade == grade)
                .unwrap()
                .days;
            engine.answer(&item.question.id, grade, 10_000).unwrap();
            check(engine, &item.question.id, grade, shown);
        }
        clock.advance(Duration::days(1));
    }
}

#[test]
fn no_interval_crosses_the_interview_day_with_recall_below_target() {
    let interview = "2026-03-22";
    let (mut engine, clock) = engine(Some(interview));
    let (mut plain, plain_clock) = engine_without_date();
    let interview_day = day_of_date(interview).unwrap();
    let mut brought_forward = 0;
    study(&mut engine, &clock, 20, |engine, question, _, _| {
        let schedule = engine.question_schedule(question).unwrap();
        let due = day_of_date(schedule.due_date.as_deref().unwrap()).unwrap();
        if due > interview_day {
            let recall = schedule.recall_on_interview.unwrap();
            assert!(
                recall >= 0.9,
                "{question} due {} with recall {recall} on the day",
                date_of_day(due)
            );
        }
    });
    study(&mut plain, &plain_clock, 20, |_, _, _, _| {});
    let with_rule = engine.export_progress().unwrap();
    let without = plain.export_progress().unwrap();
    for (ruled, free) in with_rule.cards.iter().zip(&without.cards) {
        if ruled.due_day < free.due_day && free.due_day > interview_day {
            brought_forward += 1;
        }
    }
    assert!(brought_forward > 10, "the rule shortened {brought_forward} intervals");
}

fn engine_without_date() -> (Engine, ManualClock) {
    engine(None)
}

#[test]
fn after_the_interview_plain_fsrs_applies() {
    let (mut past, past_clock) = engine(Some("2026-02-27"));
    let (mut plain, plain_clock) = engine(None);
    study(&mut past, &past_clock, 8, |_, _, _, _| {});
    study(&mut plain, &plain_clock, 8, |_, _, _, _| {});
    assert_eq!(
        past.export_progress().unwrap().reviews,
        plain.export_progress().unwrap().reviews
    );
}

#[test]
fn the_buttons_show_the_interval_that_is_used_and_spreading_is_deterministic() {
    let (mut first, first_clock) = engine(Some("2026-04-30"));
    let (mut second, second_clock) = engine(Some("2026-04-30"));
    let mut checked = 0;
    study(&mut first, &first_clock, 12, |engine, question, _, shown| {
        let schedule = engine.question_schedule(question).unwrap();
        let last = schedule.history.last().unwrap();
        assert_eq!(last.interval_days, shown, "{question}: the button said {shown} days");
        checked += 1;
    });
    study(&mut second, &second_clock, 12, |_, _, _, _| {});
    assert!(checked > 100);
    let cards = |engine: &mut Engine| engine.export_progress().unwrap().cards;
    assert_eq!(
        cards(&mut first),
        cards(&mut second),
        "the same history lands on the same days"
    );
}
