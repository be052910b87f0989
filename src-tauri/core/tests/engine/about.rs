use std::path::Path;

use pyprep_core::clock::ManualClock;
use pyprep_core::storage::{Store, SCHEMA_VERSION};
use pyprep_core::{Engine, Settings};

use crate::fixtures::{bank_from, files, new_york, question};

fn with_bank_version(mut files: Vec<(String, String)>, version: &str) -> Vec<(String, String)> {
    for (path, text) in &mut files {
        if path == "bank.toml" {
            *text = format!("version = \"{version}\"\n");
        }
    }
    files
}

#[test]
fn about_tells_the_bank_in_the_store_and_follows_its_changes() {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let bank = bank_from(&files());
    let mut engine = Engine::in_memory(&bank, Box::new(clock)).unwrap();
    let before = engine.about(Path::new("/data")).unwrap();
    assert_eq!(before.question_count as usize, bank.questions.len());
    assert_eq!(before.module_count as usize, bank.modules.len());
    assert_eq!(before.bank_version, bank.version);

    let mut grown = with_bank_version(files(), "1.1.0");
    grown.push((
        "modules/01-basics/new.md".into(),
        question("q-new", "Brand new?", "mid", "concept", ""),
    ));
    engine.sync_content(&bank_from(&grown), "v2").unwrap();
    let after = engine.about(Path::new("/data")).unwrap();
    assert_eq!(after.question_count, before.question_count + 1);
    assert_eq!(after.bank_version, "1.1.0");

    // A retired question no longer counts.
    let shrunk: Vec<_> = with_bank_version(files(), "1.2.0")
        .into_iter()
        .filter(|(path, _)| !path.ends_with("design.md"))
        .collect();
    engine.sync_content(&bank_from(&shrunk), "v3").unwrap();
    let last = engine.about(Path::new("/data")).unwrap();
    assert_eq!(last.question_count, before.question_count - 1);
    assert_eq!(last.bank_version, "1.2.0");
}

#[test]
fn about_tells_the_workspace_version_the_schema_and_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    drop(Store::open(&path).unwrap());
    let on_disk: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::with_store(Store::open(&path).unwrap(), Settings::default(), Box::new(clock)).unwrap();
    let about = engine.about(dir.path()).unwrap();

    assert_eq!(i64::from(about.schema_version), SCHEMA_VERSION);
    assert_eq!(
        i64::from(about.schema_version),
        on_disk,
        "a new file is brought to this schema"
    );
    assert_eq!(about.data_dir, dir.path().display().to_string());

    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Cargo.toml")).unwrap();
    let workspace: toml::Table = toml::from_str(&manifest).unwrap();
    let version = workspace["workspace"]["package"]["version"].as_str().unwrap();
    assert_eq!(about.app_version, version);
}
