//! Studying ahead: questions due soon, weakest first; practice records nothing.
use chrono::Duration;
use pyprep_core::scheduler::Grade;

use crate::fixtures::engine;

const ALL: [&str; 4] = ["q-names", "q-sum", "q-hashable", "q-design"];

fn studied_engine() -> (pyprep_core::Engine, pyprep_core::clock::ManualClock) {
    let (mut engine, clock) = engine();
    for id in ALL {
        let grade = if id == "q-design" { Grade::Easy } else { Grade::Good };
        engine.answer(id, grade, 5_000).unwrap();
    }
    clock.advance(Duration::days(1));
    assert!(engine.next_review().unwrap().is_none(), "nothing is due the next day");
    (engine, clock)
}

fn answers_to(engine: &pyprep_core::Engine, id: &str) -> usize {
    engine.question_schedule(id).unwrap().history.len()
}

#[test]
fn study_ahead_offers_each_question_due_soon_once() {
    let (engine, _) = studied_engine();
    let mut seen = Vec::new();
    while let Some(item) = engine.next_ahead(30, &seen).unwrap() {
        assert!(!seen.contains(&item.question.id));
        seen.push(item.question.id);
    }
    seen.sort();
    let mut all: Vec<String> = ALL.map(String::from).to_vec();
    all.sort();
    assert_eq!(seen, all);
}

#[test]
fn practice_ahead_records_nothing() {
    let (mut engine, _) = studied_engine();
    let item = engine.next_ahead(30, &[]).unwrap().unwrap();
    let id = item.question.id;
    let before = engine.question_schedule(&id).unwrap();
    engine.answer_ahead(&id, Grade::Again, 9_000, false).unwrap();
    let after = engine.question_schedule(&id).unwrap();
    assert_eq!(after.history.len(), before.history.len());
    assert_eq!((after.stability, after.due_date), (before.stability, before.due_date));
    assert_eq!(
        engine.next_ahead(30, &[]).unwrap().unwrap().question.id,
        id,
        "still offered"
    );
    assert!(engine.answer_ahead("no-such-question", Grade::Good, 1, false).is_err());
}

#[test]
fn an_answer_ahead_that_counts_is_a_review_of_the_days_really_elapsed() {
    let (mut engine, _) = studied_engine();
    let id = engine.next_ahead(30, &[]).unwrap().unwrap().question.id;
    engine.answer_ahead(&id, Grade::Good, 4_000, true).unwrap();
    assert_eq!(answers_to(&engine, &id), 2);
    let schedule = engine.question_schedule(&id).unwrap();
    assert_eq!(schedule.days_since_last, Some(0), "answered today");
    assert_ne!(
        engine.next_ahead(30, &[]).unwrap().map(|item| item.question.id),
        Some(id),
        "answered today, so not offered again"
    );
}

#[test]
fn a_short_look_ahead_offers_only_what_is_due_within_it() {
    let (engine, _) = studied_engine();
    let mut soon = Vec::new();
    while let Some(item) = engine.next_ahead(2, &soon).unwrap() {
        soon.push(item.question.id);
    }
    assert!(!soon.is_empty() && !soon.contains(&"q-design".to_string()), "{soon:?}");
    for id in &soon {
        let due = engine.question_schedule(id).unwrap().due_date.unwrap();
        assert!(due.as_str() <= "2026-03-05", "{id} is due {due}");
    }
}
