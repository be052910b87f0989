//! The daily time budget: the queue stops when the day's minutes are spent,
//! and the plan simulator keeps every simulated day within them.
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

use crate::fixtures::{bank_from, files, new_york, question};
use pyprep_core::clock::ManualClock;

/// The standard bank plus 40 concept questions, so the day has more work than a small budget.
fn engine_with_many_questions() -> (Engine, ManualClock) {
    let mut files = files();
    for n in 0..40 {
        files.push((
            format!("modules/02-later/later-{n}.md"),
            question(
                &format!("q-later-{n}"),
                &format!("Later topic number {n}"),
                "mid",
                "concept",
                "",
            ),
        ));
    }
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::in_memory(&bank_from(&files), Box::new(clock.clone())).unwrap();
    (engine, clock)
}

fn set(engine: &mut Engine, daily_minutes: Option<u32>, interview_date: Option<&str>) {
    engine
        .set_settings(Settings {
            daily_minutes,
            interview_date: interview_date.map(Into::into),
            new_per_day: 30,
            ..Settings::default()
        })
        .unwrap();
}

/// Answers Good, each taking `seconds`, until the queue is empty; the number answered.
fn study_until_done(engine: &mut Engine, seconds: u32) -> u32 {
    let mut answered = 0;
    while let Some(item) = engine.next_review().unwrap() {
        engine.answer(&item.question.id, Grade::Good, seconds * 1000).unwrap();
        answered += 1;
        assert!(answered < 200, "the queue never ended");
    }
    answered
}

#[test]
fn the_queue_stops_when_the_days_minutes_are_spent() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, Some(10), None);
    // No history yet: one minute an answer is assumed, so ten fit.
    assert_eq!(engine.queue_counts().unwrap().new, 10);
    // Answers of two minutes each spend the ten minutes in five.
    assert_eq!(study_until_done(&mut engine, 120), 5);
    assert_eq!(engine.queue_counts().unwrap().new, 0);
}

#[test]
fn without_a_budget_the_daily_limits_alone_apply() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, None, None);
    assert_eq!(study_until_done(&mut engine, 120), 30);
}

#[test]
fn raising_the_budget_mid_day_gives_back_the_rest_of_the_day() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, Some(5), None);
    assert_eq!(study_until_done(&mut engine, 60), 5);
    set(&mut engine, Some(8), None);
    assert_eq!(study_until_done(&mut engine, 60), 3);
}

#[test]
fn a_budget_outside_five_to_six_hundred_minutes_is_refused() {
    let (mut engine, _) = engine_with_many_questions();
    for minutes in [0, 4, 601] {
        let refused = engine.set_settings(Settings {
            daily_minutes: Some(minutes),
            ..Settings::default()
        });
        assert!(refused.is_err(), "{minutes} minutes was accepted");
    }
}

#[test]
fn every_simulated_day_stays_within_the_budget() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, Some(6), Some("2026-03-20"));
    let simulation = engine.simulate_plan(&engine.settings().clone()).unwrap().unwrap();
    assert_eq!(simulation.days.len(), 18);
    for day in &simulation.days {
        // The last answer of a day may run over by its relearning step (a minute at the default pace).
        assert!(day.minutes <= 6.0 + 1.0, "{day:?}");
    }
    let introduced: u32 = simulation.days.iter().map(|d| d.new).sum();
    assert_eq!(introduced + simulation.unseen_on_day, 44);
}

#[test]
fn a_tight_budget_leaves_questions_unseen_and_lowers_readiness() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, None, Some("2026-03-09"));
    let ample = engine.simulate_plan(&engine.settings().clone()).unwrap().unwrap();
    assert_eq!(ample.unseen_on_day, 0, "every question fits without a budget");
    set(&mut engine, Some(5), Some("2026-03-09"));
    let tight = engine.simulate_plan(&engine.settings().clone()).unwrap().unwrap();
    assert!(tight.unseen_on_day > 0);
    assert!(
        tight.readiness < ample.readiness,
        "{} vs {}",
        tight.readiness,
        ample.readiness
    );
}

#[test]
fn without_an_interview_date_there_is_nothing_to_simulate() {
    let (mut engine, _) = engine_with_many_questions();
    set(&mut engine, Some(30), None);
    assert!(engine.simulate_plan(&engine.settings().clone()).unwrap().is_none());
}
