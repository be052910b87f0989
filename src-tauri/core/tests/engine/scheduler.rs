use chrono::Duration;
use pyprep_core::scheduler::{CardState, Grade, UserAnswer};
use pyprep_core::{Engine, Error, Settings};

use crate::fixtures::{engine, new_york};

fn next_id(engine: &Engine) -> Option<String> {
    engine.next_review().unwrap().map(|item| item.question.id)
}

#[test]
fn new_questions_come_in_bank_order_and_each_answer_is_recorded() {
    let (mut engine, _) = engine();
    let counts = engine.queue_counts().unwrap();
    assert_eq!(
        (counts.due, counts.new, counts.learning, counts.reviewed_today),
        (0, 4, 0, 0)
    );
    assert_eq!(next_id(&engine).as_deref(), Some("q-hashable"));

    engine.answer("q-hashable", Grade::Good, 4_000).unwrap();
    let question = engine.question("q-hashable").unwrap();
    assert_eq!((question.state, question.reps), (CardState::Review, 1));
    assert!(question.due_in_days.unwrap() >= 1);
    let counts = engine.queue_counts().unwrap();
    assert_eq!((counts.new, counts.reviewed_today, counts.streak), (3, 1, 1));
    assert_eq!(next_id(&engine).as_deref(), Some("q-names"));
}

#[test]
fn the_interval_shown_on_a_button_is_the_one_applied() {
    let (mut engine, _) = engine();
    let item = engine.next_review().unwrap().unwrap();
    let days: Vec<u32> = item.intervals.iter().map(|p| p.days).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    assert_eq!(item.intervals[0].label, "today");
    engine.answer(&item.question.id, Grade::Easy, 1_000).unwrap();
    let due = engine.question(&item.question.id).unwrap().due_in_days.unwrap();
    assert_eq!(due as u32, item.intervals[3].days);
}

#[test]
fn again_brings_the_question_back_after_the_others() {
    let (mut engine, clock) = engine();
    engine.answer("q-hashable", Grade::Again, 1_000).unwrap();
    assert_eq!(engine.question("q-hashable").unwrap().state, CardState::Learning);
    assert_eq!(engine.queue_counts().unwrap().learning, 1);
    // Other questions first while the failed one settles...
    assert_eq!(next_id(&engine).as_deref(), Some("q-names"));
    // ...and it comes first once ten minutes have passed.
    clock.advance(Duration::minutes(11));
    assert_eq!(next_id(&engine).as_deref(), Some("q-hashable"));
    engine.answer("q-hashable", Grade::Good, 1_000).unwrap();
    assert_eq!(engine.question("q-hashable").unwrap().state, CardState::Review);
}

#[test]
fn daily_new_limit_is_respected_and_resets_at_rollover() {
    let (mut engine, clock) = engine();
    engine
        .set_settings(Settings {
            new_per_day: 2,
            ..Settings::default()
        })
        .unwrap();
    for _ in 0..2 {
        let id = next_id(&engine).unwrap();
        engine.answer(&id, Grade::Good, 1_000).unwrap();
    }
    assert_eq!(engine.queue_counts().unwrap().new, 0);
    assert_eq!(next_id(&engine), None);
    // 03:59 the next morning is still the same study day (rollover at 4 am).
    clock.set(new_york(2026, 3, 3, 3) + Duration::minutes(59));
    assert_eq!(engine.queue_counts().unwrap().new, 0);
    clock.set(new_york(2026, 3, 3, 4));
    assert_eq!(engine.queue_counts().unwrap().new, 2);
}

#[test]
fn reviews_come_due_after_their_interval() {
    let (mut engine, clock) = engine();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    let due_in = engine.question("q-names").unwrap().due_in_days.unwrap();
    clock.advance(Duration::days(i64::from(due_in) - 1));
    assert_eq!(engine.queue_counts().unwrap().due, 0);
    clock.advance(Duration::days(1));
    assert_eq!(engine.queue_counts().unwrap().due, 1);
    engine
        .set_settings(Settings {
            new_per_day: 0,
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(next_id(&engine).as_deref(), Some("q-names"));
    engine.answer("q-names", Grade::Again, 1_000).unwrap();
    let question = engine.question("q-names").unwrap();
    assert_eq!(
        (question.state, question.lapses, question.reps),
        (CardState::Relearning, 1, 2)
    );
}

#[test]
fn dst_weeks_never_give_negative_or_skipped_days() {
    let (mut engine, clock) = engine();
    // New York springs forward on 2026-03-08.
    clock.set(new_york(2026, 3, 7, 23));
    engine.answer("q-names", Grade::Hard, 1_000).unwrap();
    let before = engine.question("q-names").unwrap().due_in_days.unwrap();
    clock.set(new_york(2026, 3, 8, 23));
    let after = engine.question("q-names").unwrap().due_in_days.unwrap();
    assert_eq!(before - after, 1);
    clock.set(new_york(2026, 3, 7, 23) + Duration::days(i64::from(before)));
    assert_eq!(engine.question("q-names").unwrap().due_in_days, Some(0));
    assert_eq!(engine.queue_counts().unwrap().due, 1);
}

#[test]
fn undo_restores_the_card_and_removes_the_answer() {
    let (mut engine, clock) = engine();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    let first = engine.question("q-names").unwrap();
    clock.advance(Duration::days(i64::from(first.due_in_days.unwrap())));
    engine.answer("q-names", Grade::Again, 1_000).unwrap();
    assert_eq!(engine.question("q-names").unwrap().lapses, 1);

    let item = engine.undo().unwrap();
    assert_eq!(item.question.id, "q-names");
    let restored = engine.question("q-names").unwrap();
    assert_eq!(
        (restored.state, restored.reps, restored.lapses, restored.due_in_days),
        (CardState::Review, 1, 0, Some(0))
    );
    assert_eq!(engine.queue_counts().unwrap().reviewed_today, 0);
    // The first answer was on an earlier day: today has nothing more to undo.
    assert!(matches!(engine.undo(), Err(Error::NothingToUndo)));
}

#[test]
fn undoing_a_first_answer_makes_the_question_new_again() {
    let (mut engine, _) = engine();
    engine.answer("q-hashable", Grade::Hard, 1_000).unwrap();
    engine.undo().unwrap();
    let question = engine.question("q-hashable").unwrap();
    assert_eq!(
        (question.state, question.reps, question.due_in_days),
        (CardState::New, 0, None)
    );
    assert_eq!(engine.queue_counts().unwrap().new, 4);
}

#[test]
fn output_and_choice_answers_are_graded_by_the_app() {
    let (engine, _) = engine();
    let right = engine
        .check_answer("q-sum", &UserAnswer::Output { text: "6  \n".into() })
        .unwrap();
    assert!(right.correct);
    assert_eq!(right.suggested, Grade::Good);
    let wrong = engine
        .check_answer(
            "q-sum",
            &UserAnswer::Output {
                text: "[1, 2, 3]".into(),
            },
        )
        .unwrap();
    assert_eq!(
        (wrong.correct, wrong.suggested, wrong.expected_output.as_deref()),
        (false, Grade::Again, Some("6\n"))
    );
    let choice = engine
        .check_answer("q-hashable", &UserAnswer::Choice { selected: vec![1] })
        .unwrap();
    assert_eq!((choice.correct, choice.correct_options.clone()), (true, vec![1]));
    assert!(
        !engine
            .check_answer("q-hashable", &UserAnswer::Choice { selected: vec![0, 1] })
            .unwrap()
            .correct
    );
    assert!(matches!(
        engine.check_answer("q-names", &UserAnswer::Choice { selected: vec![] }),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn answering_an_unknown_question_changes_nothing() {
    let (mut engine, _) = engine();
    assert!(matches!(engine.answer("nope", Grade::Good, 1), Err(Error::NotFound(_))));
    assert_eq!(engine.queue_counts().unwrap().reviewed_today, 0);
}

#[test]
fn the_streak_counts_consecutive_study_days() {
    let (mut engine, clock) = engine();
    for day in 2..=4 {
        clock.set(new_york(2026, 3, day, 10));
        let id = next_id(&engine).unwrap();
        engine.answer(&id, Grade::Good, 1_000).unwrap();
    }
    assert_eq!(engine.queue_counts().unwrap().streak, 3);
    // Still alive the next day before studying; broken after a day off.
    clock.set(new_york(2026, 3, 5, 10));
    assert_eq!(engine.queue_counts().unwrap().streak, 3);
    clock.set(new_york(2026, 3, 6, 10));
    assert_eq!(engine.queue_counts().unwrap().streak, 0);
}
