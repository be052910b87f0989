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

// Today's queue is kept between calls until something changes: each change
// below must show up the next time the queue is asked for.

/// The next question, asked for twice: the second time it comes from what was kept.
fn kept_next(engine: &Engine) -> Option<String> {
    let first = next_id(engine);
    assert_eq!(next_id(engine), first, "asking again gives the same question");
    first
}

/// (due, new, learning, reviewed today, streak)
fn counts(engine: &Engine) -> (u32, u32, u32, u32, u32) {
    let c = engine.queue_counts().unwrap();
    (c.due, c.new, c.learning, c.reviewed_today, c.streak)
}

#[test]
fn an_answer_shows_up_in_the_next_queue() {
    let (mut engine, _) = engine();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    assert_eq!(counts(&engine), (0, 4, 0, 0, 0));
    engine.answer("q-hashable", Grade::Again, 1_000).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine), (0, 3, 1, 1, 1));
    let item = engine.next_review().unwrap().unwrap();
    assert_eq!(
        item.counts,
        engine.queue_counts().unwrap(),
        "the item carries today's counts"
    );
}

#[test]
fn an_undo_shows_up_in_the_next_queue() {
    let (mut engine, _) = engine();
    engine.answer("q-hashable", Grade::Good, 1_000).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine), (0, 3, 0, 1, 1));
    let undone = engine.undo().unwrap();
    assert_eq!(undone.question.id, "q-hashable");
    assert_eq!(undone.counts.new, 4);
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    assert_eq!(counts(&engine), (0, 4, 0, 0, 0));
}

#[test]
fn a_mark_shows_up_in_the_next_queue() {
    use pyprep_core::marks::MarkChange;

    let (mut engine, _) = engine();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    engine.mark("q-hashable", MarkChange::Suspend { on: true }).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine).1, 3);
    engine.mark("q-names", MarkChange::Bury { on: true }).unwrap();
    assert_ne!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine).1, 2);
    engine.mark("q-hashable", MarkChange::Suspend { on: false }).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    assert_eq!(counts(&engine).1, 3);
}

#[test]
fn a_settings_change_shows_up_in_the_next_queue() {
    let (mut engine, _) = engine();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    let none_new = Settings {
        new_per_day: 0,
        ..Settings::default()
    };
    engine.set_settings(none_new).unwrap();
    assert_eq!(kept_next(&engine), None);
    assert_eq!(counts(&engine), (0, 0, 0, 0, 0));
    let two_new = Settings {
        new_per_day: 2,
        ..Settings::default()
    };
    engine.set_settings(two_new).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    assert_eq!(counts(&engine), (0, 2, 0, 0, 0));
}

#[test]
fn a_new_day_shows_up_in_the_next_queue() {
    let (mut engine, clock) = engine();
    let one_new = Settings {
        new_per_day: 1,
        ..Settings::default()
    };
    engine.set_settings(one_new).unwrap();
    engine.answer("q-hashable", Grade::Good, 1_000).unwrap();
    assert_eq!(kept_next(&engine), None);
    assert_eq!(counts(&engine), (0, 0, 0, 1, 1));
    // 03:59 the next morning is still the same study day (rollover at 4 am).
    clock.set(new_york(2026, 3, 3, 3) + Duration::minutes(59));
    assert_eq!(kept_next(&engine), None);
    clock.set(new_york(2026, 3, 3, 4));
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine), (0, 1, 0, 0, 1), "yesterday keeps the streak alive");
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    assert_eq!(counts(&engine), (0, 0, 0, 1, 2));
    // A day off breaks it, and the first answers come due.
    clock.set(new_york(2026, 3, 5, 10));
    let (due, new, _, reviewed_today, streak) = counts(&engine);
    assert_eq!((new, reviewed_today, streak), (1, 0, 0));
    assert!(due > 0);
    assert_eq!(
        kept_next(&engine).as_deref(),
        Some("q-hashable"),
        "a due review before new questions"
    );
}

#[test]
fn a_failed_question_comes_back_once_its_delay_is_over_with_nothing_written_meanwhile() {
    let (mut engine, clock) = engine();
    engine.answer("q-hashable", Grade::Again, 1_000).unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    clock.advance(Duration::minutes(9) + Duration::seconds(59));
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    clock.advance(Duration::seconds(1));
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    // The computer's clock set back: it waits again.
    clock.advance(Duration::minutes(-2));
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    clock.advance(Duration::minutes(2));
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
}

#[test]
fn a_change_written_by_another_connection_shows_up_in_the_next_queue() {
    use pyprep_core::clock::ManualClock;
    use pyprep_core::storage::Store;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let mut engine = Engine::with_store(Store::open(&path).unwrap(), Settings::default(), Box::new(clock)).unwrap();
    engine.sync_content(&crate::fixtures::bank(), "test").unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-hashable"));
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO question_marks (question_id, suspended) VALUES ('q-hashable', 1)",
            [],
        )
        .unwrap();
    assert_eq!(kept_next(&engine).as_deref(), Some("q-names"));
    assert_eq!(counts(&engine).1, 3);
}
