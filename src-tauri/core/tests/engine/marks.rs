use chrono::Duration;
use pyprep_core::marks::MarkChange;
use pyprep_core::scheduler::{Grade, ReviewScope};
use pyprep_core::{Error, Settings};

use crate::fixtures::engine;

/// The question today's queue offers next.
fn queue_ids(engine: &pyprep_core::Engine) -> Vec<String> {
    engine
        .next_review()
        .unwrap()
        .into_iter()
        .map(|item| item.question.id)
        .collect()
}

#[test]
fn a_suspended_question_stops_coming_back_until_resumed() {
    let (mut engine, _) = engine();
    let first = queue_ids(&engine)[0].clone();
    let counts = engine.queue_counts().unwrap();
    engine.mark(&first, MarkChange::Suspend { on: true }).unwrap();
    assert!(engine.question(&first).unwrap().marks.suspended);
    assert_ne!(queue_ids(&engine).first(), Some(&first));
    assert_eq!(engine.queue_counts().unwrap().new, counts.new - 1);
    engine.mark(&first, MarkChange::Suspend { on: false }).unwrap();
    assert_eq!(queue_ids(&engine), [first]);
}

#[test]
fn a_buried_question_waits_until_tomorrow() {
    let (mut engine, clock) = engine();
    let first = queue_ids(&engine)[0].clone();
    let marks = engine.mark(&first, MarkChange::Bury { on: true }).unwrap();
    assert!(marks.buried);
    assert_ne!(queue_ids(&engine).first(), Some(&first));
    clock.advance(Duration::days(1));
    assert!(!engine.marks(&first).unwrap().buried);
    assert_eq!(queue_ids(&engine), [first]);
}

#[test]
fn flagged_questions_are_listed_in_order_and_reviewed_on_their_own() {
    let (mut engine, clock) = engine();
    engine.mark("q-design", MarkChange::Flag { on: true }).unwrap();
    clock.advance(Duration::minutes(1));
    engine.mark("q-names", MarkChange::Flag { on: true }).unwrap();
    let flagged: Vec<String> = engine
        .flagged_questions()
        .unwrap()
        .into_iter()
        .map(|f| f.question.id)
        .collect();
    assert_eq!(flagged, ["q-design", "q-names"]);

    let first = engine.next_review_in(ReviewScope::Flagged).unwrap().unwrap();
    assert_eq!(first.question.id, "q-design");
    engine.answer("q-design", Grade::Good, 1_000).unwrap();
    let second = engine.next_review_in(ReviewScope::Flagged).unwrap().unwrap();
    assert_eq!(second.question.id, "q-names");
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    assert!(engine.next_review_in(ReviewScope::Flagged).unwrap().is_none());

    engine.mark("q-design", MarkChange::Flag { on: false }).unwrap();
    assert_eq!(engine.flagged_questions().unwrap().len(), 1);
    assert!(matches!(
        engine.mark("missing", MarkChange::Flag { on: true }),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn notes_are_kept_rendered_safely_and_searchable() {
    let (mut engine, _) = engine();
    engine
        .save_note(
            "q-names",
            "Remember **rebinding** vs <script>alert(1)</script> mutation",
        )
        .unwrap();
    let question = engine.question("q-names").unwrap();
    assert!(question.note.unwrap().contains("rebinding"));
    let html = question.note_html.unwrap();
    assert!(
        html.contains("<strong>rebinding</strong>") && !html.contains("<script"),
        "{html}"
    );

    let hits = engine.search("rebinding", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].in_note && hits[0].question_id == "q-names");

    engine.save_note("q-names", "   ").unwrap();
    assert_eq!(engine.question("q-names").unwrap().note, None);
    assert!(engine.search("rebinding", 10).unwrap().is_empty());
    assert!(matches!(
        engine.save_note("q-names", &"x".repeat(60 * 1024)),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn an_unknown_target_role_is_refused() {
    let (mut engine, _) = engine();
    let settings = Settings {
        target_role: Some("Wizard".into()),
        ..Settings::default()
    };
    assert!(matches!(engine.set_settings(settings), Err(Error::InvalidInput(_))));
    let role = Settings {
        target_role: Some("Data Engineer".into()),
        ..Settings::default()
    };
    engine.set_settings(role).unwrap();
}
