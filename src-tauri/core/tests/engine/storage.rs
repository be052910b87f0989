use pyprep_core::scheduler::Grade;
use pyprep_core::storage::{Store, SCHEMA_VERSION};
use pyprep_core::{Engine, Error, Settings};

#[test]
fn progress_survives_closing_and_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let id = {
        let mut engine = Engine::open(&path, Settings::default()).unwrap();
        let item = engine.next_review().unwrap().expect("the embedded bank has questions");
        engine.answer(&item.question.id, Grade::Good, 2_000).unwrap();
        item.question.id
    };
    let engine = Engine::open(&path, Settings::default()).unwrap();
    let question = engine.question(&id).unwrap();
    assert_eq!(question.reps, 1);
    assert_eq!(engine.queue_counts().unwrap().reviewed_today, 1);
}

#[test]
fn the_file_is_in_wal_mode_at_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let outside = rusqlite::Connection::open(&path).unwrap();
    let mode: String = outside.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let garbage = b"this is my thesis, not a database".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let error = Engine::open(&path, Settings::default()).err().expect("refused");
    assert!(matches!(error, Error::CorruptDatabase { .. }), "{error}");
    assert!(error.to_string().contains("pyprep.sqlite3"));
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let error = Engine::open(&path, Settings::default()).err().expect("refused");
    assert!(matches!(error, Error::NewerDatabase { found, .. } if found == SCHEMA_VERSION + 5));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_database_from_the_first_version_upgrades_and_keeps_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../src/storage/migrations/0001_initial.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO modules VALUES ('01-x', 1, 'X', 's', 1);
             INSERT INTO questions (id, module_slug, ord, title, difficulty, kind, tags, roles, options, answer_html, key_points, follow_ups)
               VALUES ('q1', '01-x', 0, 'T', 'mid', 'concept', '[]', '[]', '[]', '<p>a</p>', '[]', '[]');
             INSERT INTO cards VALUES ('q1', 'review', 3.0, 5.0, 100, 97, 0, 2, 0);
             INSERT INTO revlog (question_id, reviewed_ms, day, grade, state_before, interval_days, stability, difficulty, duration_ms)
               VALUES ('q1', 0, 97, 3, 'new', 3, 3.0, 5.0, 1000);
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept: (i64, i64) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM cards), (SELECT COUNT(*) FROM revlog)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(kept, (1, 1));
    let rounds: i64 = conn.query_row("SELECT COUNT(*) FROM rounds", [], |r| r.get(0)).unwrap();
    assert_eq!(rounds, 0);
}

#[test]
fn the_daily_stats_migration_sums_an_existing_review_log() {
    use pyprep_core::clock::ManualClock;
    use pyprep_core::stats::StatsRange;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let clock = ManualClock::new(crate::fixtures::new_york(2026, 3, 2, 10));
    let open = |path: &std::path::Path| {
        let mut engine =
            Engine::with_store(Store::open(path).unwrap(), Settings::default(), Box::new(clock.clone())).unwrap();
        engine.sync_content(&crate::fixtures::bank(), "test").unwrap();
        engine
    };
    let before = {
        let mut engine = open(&path);
        engine.answer("q-names", Grade::Good, 3_000).unwrap();
        engine.answer("q-sum", Grade::Again, 4_000).unwrap();
        clock.advance(chrono::Duration::days(1));
        engine.answer("q-sum", Grade::Good, 5_000).unwrap();
        engine.progress(StatsRange::Month, None).unwrap()
    };
    // Back to schema 2: the review log without its daily sums (nor what came after).
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER due_loads_card_added; DROP TRIGGER due_loads_card_removed; DROP TRIGGER due_loads_card_moved;
         DROP TABLE due_loads; DROP INDEX cards_due_day; DROP INDEX questions_retired; DROP INDEX revlog_time;
         DROP TABLE note_search; DROP TABLE notes; DROP TABLE question_marks;
         ALTER TABLE modules DROP COLUMN part; DROP TABLE attempts; DROP TABLE drafts; ALTER TABLE questions DROP COLUMN challenge;
         ALTER TABLE round_questions DROP COLUMN tests_passed; ALTER TABLE round_questions DROP COLUMN tests_total;
         DROP TABLE daily_stats; DROP VIEW daily_totals; DROP VIEW review_kinds; PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(conn);
    let after = open(&path).progress(StatsRange::Month, None).unwrap();
    assert_eq!(after, before);
    // The per-day counts of due cards are made from the cards already there.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let loads = |sql: &str| -> Vec<(i64, i64)> {
        let mut statement = conn.prepare(sql).unwrap();
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let counted = loads("SELECT due_day, COUNT(*) FROM cards GROUP BY due_day ORDER BY due_day");
    assert_eq!(counted.iter().map(|(_, cards)| cards).sum::<i64>(), 2);
    assert_eq!(loads("SELECT day, cards FROM due_loads ORDER BY day"), counted);
    assert_eq!(after.reviews.new.iter().sum::<u32>(), 2);
    assert_eq!(after.reviews.learning.iter().sum::<u32>(), 1);
}

#[test]
fn an_empty_file_or_another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").unwrap();
    let error = Engine::open(&empty, Settings::default()).err().expect("refused");
    assert!(error.to_string().contains("empty (0 bytes)"), "{error}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);

    let foreign = dir.path().join("foreign.sqlite3");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);",
        )
        .unwrap();
    }
    let bytes = std::fs::read(&foreign).unwrap();
    let error = Engine::open(&foreign, Settings::default()).err().expect("refused");
    assert!(matches!(error, Error::CorruptDatabase { .. }));
    assert!(
        error
            .to_string()
            .contains("another program's database (tables: invoices)"),
        "{error}"
    );
    assert_eq!(std::fs::read(&foreign).unwrap(), bytes);
}

#[test]
fn a_negative_schema_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
            .unwrap();
        conn.pragma_update(None, "user_version", -3).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let error = Engine::open(&path, Settings::default()).err().expect("refused");
    assert!(error.to_string().contains("schema version is -3"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    let mode: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "refusing did not switch the file to WAL");
}

#[test]
fn a_clean_close_leaves_every_answer_in_the_main_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    let mut answered = 0;
    while answered < 5 {
        let item = engine.next_review().unwrap().unwrap();
        engine.answer(&item.question.id, Grade::Good, 1_000).unwrap();
        answered += 1;
    }
    engine.close().unwrap();
    // Copy only the .sqlite3 file, as a user moving their data would.
    let moved = dir.path().join("moved.sqlite3");
    std::fs::copy(&path, &moved).unwrap();
    let engine = Engine::open(&moved, Settings::default()).unwrap();
    assert_eq!(engine.queue_counts().unwrap().reviewed_today, 5);
}

#[test]
fn damaged_pages_are_found_at_the_next_open_after_a_crash_or_a_clean_close() {
    // The search index's pages too: the check skips re-reading the index through
    // its FTS5 module, but its tables are checked like any other.
    for table in ["questions", "question_search_data", "question_search_content"] {
        for clean in [false, true] {
            damaged_page_is_refused(clean, table);
        }
    }
}

fn damaged_page_is_refused(clean_close: bool, table: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    {
        let mut engine = Engine::open(&path, Settings::default()).unwrap();
        let item = engine.next_review().unwrap().unwrap();
        engine.answer(&item.question.id, Grade::Good, 1_000).unwrap();
        if clean_close {
            engine.close().unwrap();
        } // else dropped without close(), as a crash would leave it
    }
    let (page_size, root): (usize, usize) = {
        let conn = rusqlite::Connection::open(&path).unwrap();
        (
            conn.query_row("PRAGMA page_size", [], |row| row.get(0)).unwrap(),
            conn.query_row("SELECT rootpage FROM sqlite_master WHERE name = ?1", [table], |row| {
                row.get(0)
            })
            .unwrap(),
        )
    };
    // One damaged page in the middle of the file: the table's root.
    let mut bytes = std::fs::read(&path).unwrap();
    let start = (root - 1) * page_size;
    for byte in &mut bytes[start..start + page_size] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let error = Engine::open(&path, Settings::default()).err().expect("refused");
    assert!(matches!(error, Error::CorruptDatabase { .. }), "{table}: {error}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "nothing was written to the damaged file"
    );
}
