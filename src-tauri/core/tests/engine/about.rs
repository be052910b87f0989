use pyprep_core::clock::ManualClock;
use pyprep_core::storage::Store;
use pyprep_core::{Engine, Settings};

use crate::fixtures::{bank_from, files, new_york, question};

#[test]
fn about_counts_the_bank_in_the_store_and_follows_its_changes() {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let mut engine = Engine::in_memory(&bank_from(&files()), Box::new(clock)).unwrap();
    let bank = bank_from(&files());
    let before = engine.about().unwrap();
    assert_eq!(before.question_count as usize, bank.questions.len());
    assert_eq!(before.module_count as usize, bank.modules.len());
    assert_eq!(before.bank_version, "test");

    let mut grown = files();
    grown.push((
        "modules/01-basics/new.md".into(),
        question("q-new", "Brand new?", "mid", "concept", ""),
    ));
    engine.sync_content(&bank_from(&grown), "v2").unwrap();
    let after = engine.about().unwrap();
    assert_eq!(after.question_count, before.question_count + 1);
    assert_eq!(after.bank_version, "v2");

    // A retired question no longer counts.
    engine
        .sync_content(&bank_from(&files()[..files().len() - 1]), "v3")
        .unwrap();
    assert!(engine.about().unwrap().question_count < before.question_count);
}

#[test]
fn about_reports_the_schema_version_the_file_was_brought_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    drop(Store::open(&path).unwrap());
    let on_disk: u32 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert!(on_disk > 0, "a new file is brought to the current schema");
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::with_store(Store::open(&path).unwrap(), Settings::default(), Box::new(clock)).unwrap();
    assert_eq!(engine.about().unwrap().schema_version, on_disk);
}
