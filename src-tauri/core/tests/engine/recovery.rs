use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

fn opened() -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    let mut engine = Engine::open(&dir.path().join("pyprep.sqlite3"), Settings::default()).unwrap();
    for grade in [Grade::Good, Grade::Again, Grade::Hard] {
        let item = engine.next_review().unwrap().unwrap();
        engine.answer(&item.question.id, grade, 2_000).unwrap();
    }
    (dir, engine)
}

fn damage(dir: &tempfile::TempDir, sql: &str) {
    let conn = rusqlite::Connection::open(dir.path().join("pyprep.sqlite3")).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn a_healthy_database_checks_clean() {
    let (_dir, mut engine) = opened();
    let report = engine.check_database().unwrap();
    assert!(report.found_nothing(), "{report:?}");
    let questions = pyprep_core::content::embedded::bank().unwrap().questions.len() as u32;
    assert_eq!(report.search_entries_rebuilt, questions, "every question reindexed");
}

#[test]
fn wrong_daily_sums_and_cards_are_rebuilt_from_the_review_log() {
    let (dir, mut engine) = opened();
    let before = engine.progress(pyprep_core::stats::StatsRange::Month, None).unwrap();
    damage(
        &dir,
        "DELETE FROM daily_stats WHERE module_slug = ''; UPDATE cards SET reps = 99, due_day = 0 WHERE rowid = 1;",
    );
    let report = engine.check_database().unwrap();
    assert!(report.daily_sums_fixed >= 1, "{report:?}");
    assert_eq!(report.cards_fixed, 1, "{report:?}");
    let after = engine.progress(pyprep_core::stats::StatsRange::Month, None).unwrap();
    assert_eq!(after, before);
    assert!(
        engine.check_database().unwrap().found_nothing(),
        "a second check finds nothing left"
    );
}

#[test]
fn a_card_without_a_log_and_a_lost_search_index_are_repaired() {
    let (dir, mut engine) = opened();
    damage(
        &dir,
        "INSERT INTO cards SELECT id, 'review', 5, 5, 0, 0, 0, 1, 0 FROM questions WHERE id NOT IN (SELECT question_id FROM cards) LIMIT 1; DELETE FROM question_search;",
    );
    assert!(engine.search("walrus", 5).unwrap().is_empty());
    let report = engine.check_database().unwrap();
    assert_eq!(report.cards_fixed, 1, "{report:?}");
    assert!(!engine.search("walrus", 5).unwrap().is_empty(), "search works again");
}
