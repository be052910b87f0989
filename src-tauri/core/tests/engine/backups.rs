use pyprep_core::backups::{newest_good_backup, replace_database, set_aside};
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

fn answer(engine: &mut Engine, count: usize) {
    for _ in 0..count {
        let item = engine.next_review().unwrap().expect("a question to answer");
        engine.answer(&item.question.id, Grade::Good, 1_000).unwrap();
    }
}

fn reviews(engine: &Engine) -> u32 {
    engine.queue_counts().unwrap().reviewed_today
}

#[test]
fn a_backup_is_verified_listed_and_only_made_after_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 3);
    let made = engine.back_up_if_due(false).unwrap().expect("the first backup is due");
    assert_eq!(made.reviews, 3);
    assert!(made.size_bytes > 0 && made.name.starts_with("pyprep-"));
    assert!(engine.back_up_if_due(true).unwrap().is_none(), "nothing changed since");
    answer(&mut engine, 1);
    assert!(engine.back_up_if_due(false).unwrap().is_none(), "not 30 minutes yet");
    let listed = engine.backups().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0], made);
    assert!(dir.path().join("backups").join(&made.name).is_file());
}

#[test]
fn closing_backs_up_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 2);
    engine.close().unwrap();
    let engine = Engine::open(&path, Settings::default()).unwrap();
    let backups = engine.backups().unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reviews, 2);
}

#[test]
fn a_restore_backs_up_first_and_reopens_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 3);
    let early = engine.back_up_now().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1_100));
    answer(&mut engine, 2);
    assert_eq!(reviews(&engine), 5);

    engine.restore_backup(&early.name).unwrap();
    assert_eq!(reviews(&engine), 3, "the restored state is in use at once");
    answer(&mut engine, 1);
    assert_eq!(reviews(&engine), 4, "the engine keeps working after a restore");
    let newest = &engine.backups().unwrap()[0];
    assert_eq!(newest.reviews, 5, "the state before the restore was backed up first");
    assert!(engine.restore_backup("pyprep-nope.sqlite3").is_err());
}

#[test]
fn backups_made_in_the_same_second_never_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 3);
    let three = engine.back_up_now().unwrap();
    answer(&mut engine, 2);
    let five = engine.back_up_now().unwrap();
    assert_ne!(three.name, five.name);
    let listed: Vec<u32> = engine.backups().unwrap().iter().map(|backup| backup.reviews).collect();
    assert_eq!(listed, [5, 3], "both kept, newest first");

    // The restore's own backup of the current state must not replace the one restored.
    answer(&mut engine, 1);
    engine.restore_backup(&five.name).unwrap();
    assert_eq!(reviews(&engine), 5);
    engine.restore_backup(&three.name).unwrap();
    assert_eq!(reviews(&engine), 3);
}

#[test]
fn restoring_the_oldest_backup_of_a_full_day_survives_thinning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    let mut oldest = None;
    for _ in 0..=pyprep_core::backups::NEWEST_KEPT {
        answer(&mut engine, 1);
        let made = engine.back_up_now().unwrap();
        oldest.get_or_insert(made);
    }
    let oldest = oldest.unwrap();
    assert!(engine.backups().unwrap().contains(&oldest), "kept as the day's backup");
    engine.restore_backup(&oldest.name).unwrap();
    assert_eq!(
        reviews(&engine),
        1,
        "the oldest state, though its file is thinned after"
    );
}

#[test]
fn a_damaged_database_is_kept_aside_and_the_newest_good_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 4);
    engine.close().unwrap();
    std::fs::write(&path, b"scrambled by a bad disk").unwrap();
    assert!(Engine::open(&path, Settings::default()).is_err());

    let backup = newest_good_backup(&path).unwrap().expect("a good backup");
    assert_eq!(backup.reviews, 4);
    let kept = set_aside(&path).unwrap();
    assert_eq!(std::fs::read(&kept).unwrap(), b"scrambled by a bad disk");
    replace_database(&path, &dir.path().join("backups").join(&backup.name)).unwrap();
    let engine = Engine::open(&path, Settings::default()).unwrap();
    assert_eq!(reviews(&engine), 4);
}

#[test]
fn a_broken_backup_is_never_chosen_for_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    answer(&mut engine, 1);
    let good = engine.back_up_now().unwrap();
    engine.close().unwrap();
    let folder = dir.path().join("backups");
    std::fs::write(folder.join("pyprep-29991231-235959.sqlite3"), b"not a database").unwrap();
    assert_eq!(newest_good_backup(&path).unwrap().unwrap().name, good.name);
}
