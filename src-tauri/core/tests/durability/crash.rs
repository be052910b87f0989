//! Crash tests: a child process changes a real database file in a loop and
//! reports each change the engine returned from; the test kills it with
//! SIGKILL at a random moment, then checks that the file passes
//! `integrity_check` and holds every change that was reported committed.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use pyprep_core::scheduler::Grade;
use pyprep_core::Engine;
use rusqlite::{Connection, OpenFlags};

use crate::child::{self, ROUND_QUESTIONS};
use crate::random::Random;

const KILLS: usize = 300;

/// What a killed child printed before it died.
struct Killed {
    lines: Vec<String>,
}

/// When to kill the child: so long after it started, or so long after it
/// opened the database and began its loop.
#[derive(Clone, Copy)]
enum KillAt {
    AfterStart(Duration),
    AfterReady(Duration),
}

/// Starts the child on `database`, kills it at `moment`, and returns its output.
fn run_and_kill(mode: &str, database: &Path, seed: u64, moment: KillAt) -> Killed {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([child::FLAG, mode, &database.display().to_string(), &seed.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    match moment {
        KillAt::AfterStart(delay) => std::thread::sleep(delay),
        KillAt::AfterReady(delay) => {
            let ready = receiver
                .recv_timeout(Duration::from_secs(30))
                .expect("the child opened the database");
            lines.push(ready);
            std::thread::sleep(delay);
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    reader.join().unwrap();
    lines.extend(receiver.try_iter());
    assert!(
        !lines.iter().any(|line| line.starts_with("open failed")),
        "the database did not open after a kill: {lines:?}"
    );
    Killed { lines }
}

fn read_only(database: &Path) -> Connection {
    // Read-write so a leftover write-ahead log is replayed, as the app would.
    Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap()
}

fn assert_intact(conn: &Connection) {
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let broken: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(broken, 0);
}

pub fn review_count(database: &Path) -> u32 {
    read_only(database)
        .query_row("SELECT COUNT(*) FROM revlog", [], |row| row.get(0))
        .unwrap()
}

/// A fresh database file in a temporary folder, created by the engine.
fn new_database() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let database = folder.path().join("pyprep.sqlite3");
    Engine::open(&database, child::settings()).unwrap().close().unwrap();
    (folder, database)
}

/// One kill in four lands while the database opens, the rest in the loop, up to `most` later.
fn moment(random: &mut Random, most: Duration) -> KillAt {
    let delay = Duration::from_micros(random.below(most.as_micros() as u64));
    if random.below(4) == 0 {
        KillAt::AfterStart(delay)
    } else {
        KillAt::AfterReady(delay)
    }
}

pub fn answers_survive_sigkill() -> String {
    let (_folder, database) = new_database();
    let mut random = Random::new(1);
    let mut reported = 0;
    for kill in 0..KILLS {
        let before = review_count(&database);
        let killed = run_and_kill(
            "answers",
            &database,
            kill as u64,
            moment(&mut random, Duration::from_millis(80)),
        );
        let committed = killed.lines.iter().filter(|line| *line == "committed").count() as u32;
        reported += committed;
        let conn = read_only(&database);
        assert_intact(&conn);
        let after = review_count(&database);
        // Every reported answer is there; at most one more (committed, killed before it was reported).
        assert!(
            (before + committed..=before + committed + 1).contains(&after),
            "kill {kill}: {before} reviews before, {committed} reported, {after} after"
        );
    }
    format!("{KILLS} SIGKILLs, {reported} answers reported committed, 0 lost, 0 integrity failures")
}

pub fn a_round_in_progress_survives_sigkill() -> String {
    let (_folder, database) = new_database();
    let mut random = Random::new(2);
    let mut reported = 0;
    for kill in 0..KILLS {
        let first_number = kill as u64 * 1_000_000;
        let killed = run_and_kill(
            "round",
            &database,
            first_number,
            moment(&mut random, Duration::from_millis(80)),
        );
        let numbers: Vec<u64> = killed
            .lines
            .iter()
            .filter_map(|line| line.strip_prefix("committed ")?.parse().ok())
            .collect();
        reported += numbers.len();
        let conn = read_only(&database);
        assert_intact(&conn);
        let answers: Vec<u64> = conn
            .prepare("SELECT answer_text FROM round_questions rq JOIN rounds r ON r.id = rq.round_id WHERE r.finished_ms IS NULL ORDER BY position")
            .unwrap()
            .query_map([], |row| row.get::<_, String>(0))
            .unwrap()
            .map(|text| text.unwrap().strip_prefix("answer ").map_or(0, |n| n.parse().unwrap()))
            .collect();
        assert_eq!(
            answers.len(),
            ROUND_QUESTIONS as usize,
            "kill {kill}: one round in progress"
        );
        // The last answer reported for each position is there, or a later one.
        for number in numbers.iter().rev().take(ROUND_QUESTIONS as usize) {
            let stored = answers[(number % u64::from(ROUND_QUESTIONS)) as usize];
            assert!(
                stored >= *number,
                "kill {kill}: answer {number} was reported, {stored} is stored"
            );
        }
    }
    format!("{KILLS} SIGKILLs, {reported} round answers reported committed, 0 lost, 0 integrity failures")
}

pub fn a_restore_in_progress_survives_sigkill() -> String {
    let (_folder, database) = new_database();
    // Only the two states below are backed up: the empty one made on creation goes.
    std::fs::remove_dir_all(database.with_file_name("backups")).ok();
    let mut engine = Engine::open(&database, child::settings()).unwrap();
    let answer = |engine: &mut Engine, count: usize| {
        for _ in 0..count {
            let item = engine.next_review().unwrap().unwrap();
            engine.answer(&item.question.id, Grade::Good, 1_000).unwrap();
        }
    };
    answer(&mut engine, 3);
    engine.back_up_now().unwrap();
    answer(&mut engine, 2);
    let newer = engine.back_up_now().unwrap();
    // One restore timed, so kills spread over a whole restore and the start of the next.
    let started = std::time::Instant::now();
    engine.restore_backup(&newer.name).unwrap();
    let restore_time = started.elapsed();
    engine.close().unwrap();

    let mut random = Random::new(3);
    let (mut restores, mut mid_restore) = (0, 0);
    for kill in 0..KILLS {
        let killed = run_and_kill("restore", &database, 0, moment(&mut random, restore_time * 2));
        restores += killed.lines.iter().filter(|line| line.starts_with("restored")).count();
        mid_restore += usize::from(killed.lines.last().is_some_and(|line| line == "restoring"));
        assert_intact(&read_only(&database));
        let reviews = review_count(&database);
        assert!(
            reviews == 3 || reviews == 5,
            "kill {kill}: a mixed state with {reviews} reviews"
        );
    }
    assert!(
        restores > 0 && mid_restore > KILLS / 4,
        "kills must land inside restores ({mid_restore} did, {restores} restores completed): adjust the delays"
    );
    Engine::open(&database, child::settings()).expect("the app opens the file after the last kill");
    format!(
        "{KILLS} SIGKILLs ({mid_restore} in the middle of a restore), {restores} restores completed (one takes {} ms), 0 damaged or mixed files",
        restore_time.as_millis()
    )
}
