//! The process the crash tests kill: it works on a database file in a loop and
//! prints a line after each change the engine reports committed.

use std::io::Write;
use std::path::Path;

use pyprep_core::content::Difficulty;
use pyprep_core::rounds::{RoundChange, RoundConfig, RoundMode};
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

use crate::random::Random;

pub const FLAG: &str = "--crash-child";

/// `answers|round|restore <database> <seed>`.
pub fn run(args: &[String]) {
    let [mode, database, seed] = args else {
        panic!("usage: {FLAG} answers|round|restore <database> <seed>");
    };
    let seed: u64 = seed.parse().unwrap();
    let mut engine = Engine::open(Path::new(database), settings()).unwrap_or_else(|error| {
        println!("open failed: {error}");
        std::process::exit(2)
    });
    say("ready");
    match mode.as_str() {
        "answers" => answer_forever(&mut engine, seed),
        "round" => round_forever(&mut engine, seed),
        "restore" => restore_forever(&mut engine, Path::new(database)),
        other => panic!("unknown mode {other}"),
    }
}

pub fn settings() -> Settings {
    Settings {
        new_per_day: 9999,
        reviews_per_day: 9999,
        ..Settings::default()
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").unwrap();
    out.flush().unwrap();
}

fn answer_forever(engine: &mut Engine, seed: u64) {
    let mut random = Random::new(seed);
    loop {
        let item = engine.next_review().unwrap().expect("a question to answer");
        let grade = if random.below(10) < 7 {
            Grade::Again
        } else {
            Grade::Good
        };
        engine.answer(&item.question.id, grade, 5_000).unwrap();
        say("committed");
    }
}

pub const ROUND_QUESTIONS: u32 = 10;

pub fn round_config() -> RoundConfig {
    RoundConfig {
        preset: None,
        modules: vec!["01-fundamentals".into()],
        difficulties: vec![
            Difficulty::Junior,
            Difficulty::Mid,
            Difficulty::Senior,
            Difficulty::Principal,
        ],
        kinds: vec![],
        questions: ROUND_QUESTIONS,
        minutes: 240,
        mode: RoundMode::Interview,
        hide_difficulty: false,
        seed: Some(3),
    }
}

/// Answers the round's questions in turn with numbered texts: `seed` is where numbering starts.
fn round_forever(engine: &mut Engine, seed: u64) {
    let id = match engine.active_round().unwrap() {
        Some(id) => engine.resume_round(id).unwrap().id,
        None => engine.start_round(&round_config()).unwrap().id,
    };
    for number in seed.. {
        let position = (number % u64::from(ROUND_QUESTIONS)) as u32;
        let text = format!("answer {number}");
        engine
            .update_round(id, &RoundChange::Answer { position, text })
            .unwrap();
        say(&format!("committed {number}"));
    }
}

/// Restores, in turn, the newest backup whose review count differs from the
/// database's: the file flips between two known states.
fn restore_forever(engine: &mut Engine, database: &Path) {
    loop {
        let reviews = crate::crash::review_count(database);
        let target = engine
            .backups()
            .unwrap()
            .into_iter()
            .find(|backup| backup.reviews != reviews)
            .expect("a backup of the other state");
        say("restoring");
        engine.restore_backup(&target.name).unwrap();
        say(&format!("restored {}", target.reviews));
    }
}
