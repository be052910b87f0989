use pyprep_core::clock::ManualClock;
use pyprep_core::scheduler::{CardState, Grade};
use pyprep_core::Engine;

use crate::fixtures::{bank_from, files, new_york, question};

#[test]
fn a_changed_bank_keeps_progress_and_retires_removed_questions() {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let mut engine = Engine::in_memory(&bank_from(&files()), Box::new(clock)).unwrap();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    engine.answer("q-design", Grade::Hard, 1_000).unwrap();
    let before = engine.question("q-names").unwrap();

    let mut changed: Vec<(String, String)> = files()
        .into_iter()
        .filter(|(path, _)| !path.ends_with("design.md"))
        .collect();
    for (path, text) in &mut changed {
        if path.ends_with("names.md") {
            *text = text.replace("What is a name?", "What is a name in Python?");
        }
    }
    changed.push((
        "modules/01-basics/new.md".into(),
        question("q-new", "Brand new?", "mid", "concept", ""),
    ));
    assert!(engine.sync_content(&bank_from(&changed), "v2").unwrap());

    let after = engine.question("q-names").unwrap();
    assert_eq!(after.title, "What is a name in Python?");
    assert_eq!(
        (after.state, after.reps, after.due_in_days),
        (before.state, before.reps, before.due_in_days)
    );
    let listed: Vec<String> = engine
        .module_page("01-basics")
        .unwrap()
        .questions
        .into_iter()
        .map(|q| q.id)
        .collect();
    assert!(listed.contains(&"q-new".to_owned()));
    assert!(!listed.contains(&"q-design".to_owned()), "retired questions are hidden");
    assert!(engine.search("cache", 10).unwrap().is_empty());
    // The retired question keeps its card and history, and comes back intact with its id.
    assert_eq!(engine.question("q-design").unwrap().reps, 1);
    assert!(engine.sync_content(&bank_from(&files()), "v3").unwrap());
    let restored = engine.question("q-design").unwrap();
    assert_eq!((restored.state, restored.reps), (CardState::Review, 1));
}

#[test]
fn an_unchanged_bank_is_not_written_again() {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let mut engine = Engine::in_memory(&bank_from(&files()), Box::new(clock)).unwrap();
    assert!(!engine.sync_content(&bank_from(&files()), "test").unwrap());
    assert!(engine.sync_content(&bank_from(&files()), "other").unwrap());
}
