//! How fast the engine is on a heavy history: builds a store of 10,000
//! questions and 1,000,000 review-log rows spread over ten years, then times
//! the Progress charts, today's queue, one answer and a search, with the
//! default settings (200 reviews and 10 new questions a day).
//!
//! cargo run --release -p pyprep-core --example benchmark
//!
//! `scripts/bench-anki.py` builds the same volume in Anki and times Anki's own
//! backend on the same operations, for a side-by-side comparison.

use std::time::{Duration, Instant};

use chrono::Local;
use pyprep_core::clock::SystemClock;
use pyprep_core::scheduler::day::day_number;
use pyprep_core::scheduler::Grade;
use pyprep_core::stats::StatsRange;
use pyprep_core::storage::Store;
use pyprep_core::{Engine, Settings};
use rusqlite::{params, Connection};

const QUESTIONS: usize = 10_000;
const MODULES: usize = 20;
const REVIEWS: usize = 1_000_000;
const DAYS: i64 = 3650;
const ROUNDS: usize = 200;
const RUNS: usize = 15;

const WORDS: [&str; 16] = [
    "generator",
    "decorator",
    "context",
    "manager",
    "closure",
    "descriptor",
    "coroutine",
    "iterator",
    "metaclass",
    "dataclass",
    "protocol",
    "buffer",
    "pandas",
    "lambda",
    "partition",
    "schema",
];

/// SplitMix64: enough randomness for synthetic data, and the same every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("benchmark.sqlite3");
    let today = day_number(Local::now().fixed_offset(), Settings::default().rollover_hour);

    let started = Instant::now();
    drop(Store::open(&path)?);
    let mut conn = Connection::open(&path)?;
    fill(&mut conn, today)?;
    println!(
        "built a store of {QUESTIONS} questions and {REVIEWS} reviews over {DAYS} days in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    conn.execute_batch("DELETE FROM daily_stats; INSERT INTO daily_stats SELECT * FROM daily_totals;")?;
    let rows: i64 = conn.query_row("SELECT COUNT(*) FROM daily_stats", [], |row| row.get(0))?;
    println!(
        "summed the log into {rows} daily_stats rows in {:.0} ms (what the migration does once)",
        started.elapsed().as_secs_f64() * 1000.0
    );
    drop(conn);

    let mut engine = Engine::with_store(Store::open(&path)?, Settings::default(), Box::new(SystemClock))?;
    let file_mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
    println!("database file: {file_mb:.0} MB\n");
    println!("{:<44} {:>10} {:>10} {:>10}", "operation", "median", "min", "max");

    time("every chart series, 1 year", || {
        engine.progress(StatsRange::Year, None).map(drop)
    })?;
    time("every chart series, all time (10 years)", || {
        engine.progress(StatsRange::All, None).map(drop)
    })?;
    time("every chart series, 1 year, one module", || {
        engine.progress(StatsRange::Year, Some("05-m05")).map(drop)
    })?;
    time("today's queue (counts + next question)", || {
        engine.next_review().map(drop)
    })?;
    // What a change other than an answer costs (the settings here): the queue,
    // the day's quota and the streak so far are all worked out again.
    let settings = engine.settings().clone();
    let mut afresh = Vec::new();
    for _ in 0..RUNS {
        engine.set_settings(settings.clone())?;
        let started = Instant::now();
        engine.next_review()?;
        afresh.push(started.elapsed());
    }
    report("today's queue worked out afresh", &mut afresh);
    time("study plan for Home", || engine.study_plan().map(drop))?;
    time("search \"context manager\"", || {
        engine.search("context manager", 20).map(drop)
    })?;
    engine.set_settings(Settings {
        interview_date: Some((Local::now().date_naive() + chrono::Days::new(60)).to_string()),
        ..Settings::default()
    })?;
    time("today's queue, paced to an interview date", || {
        engine.next_review().map(drop)
    })?;
    time("study plan, paced to an interview date", || {
        engine.study_plan().map(drop)
    })?;
    let mut answer_times = Vec::new();
    let mut next_times = Vec::new();
    for _ in 0..RUNS {
        let Some(item) = engine.next_review()? else { break };
        let started = Instant::now();
        engine.answer(&item.question.id, Grade::Good, 20_000)?;
        answer_times.push(started.elapsed());
        let started = Instant::now();
        engine.next_review()?;
        next_times.push(started.elapsed());
    }
    report("answer one question (one transaction)", &mut answer_times);
    report("today's queue right after an answer", &mut next_times);
    Ok(())
}

fn time(label: &str, mut run: impl FnMut() -> pyprep_core::Result<()>) -> pyprep_core::Result<()> {
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        run()?;
        times.push(started.elapsed());
    }
    report(label, &mut times);
    Ok(())
}

fn report(label: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1000.0);
    println!(
        "{label:<44} {:>10} {:>10} {:>10}",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
}

fn fill(conn: &mut Connection, today: i64) -> rusqlite::Result<()> {
    let mut random = Random(0x5eed);
    let tx = conn.transaction()?;
    for module in 1..=MODULES {
        tx.execute(
            "INSERT INTO modules (slug, ord, title, summary, planned) VALUES (?1, ?2, ?3, '', 0)",
            params![format!("{module:02}-m{module:02}"), module, format!("Module {module}")],
        )?;
    }
    let mut last_review: Vec<Option<(i64, i64)>> = vec![None; QUESTIONS];
    {
        let mut question = tx.prepare(
            "INSERT INTO questions (id, module_slug, ord, title, difficulty, kind, tags, roles, options,
               answer_html, key_points, follow_ups)
             VALUES (?1, ?2, ?3, ?4, 'mid', 'concept', '[]', '[]', '[]', '<p>answer</p>', '[\"a\",\"b\",\"c\"]', '[]')",
        )?;
        let mut index =
            tx.prepare("INSERT INTO question_search (question_id, title, body, tags) VALUES (?1, ?2, ?3, '')")?;
        for q in 0..QUESTIONS {
            let words: Vec<&str> = (0..12).map(|_| WORDS[random.below(16) as usize]).collect();
            let title = format!("Question {q}: {}", words[..5].join(" "));
            let module = q % MODULES + 1;
            question.execute(params![
                format!("q{q:05}"),
                format!("{module:02}-m{module:02}"),
                q,
                title
            ])?;
            index.execute(params![format!("q{q:05}"), title, words.join(" ")])?;
        }
        let mut revlog = tx.prepare(
            "INSERT INTO revlog (question_id, reviewed_ms, day, grade, state_before, interval_days,
               stability, difficulty, duration_ms, prev_card)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        // Reviews in day order, so each question's log reads like a real one,
        // ending yesterday: the benchmark times the start of a study day.
        let first_day = today - DAYS;
        for n in 0..REVIEWS {
            let day = first_day + (n as i64 * DAYS / REVIEWS as i64);
            let q = random.below(QUESTIONS as u64) as usize;
            let grade = match random.below(100) {
                0..=9 => 1,
                10..=24 => 2,
                25..=89 => 3,
                _ => 4,
            };
            let interval = 1 + random.below(120) as i64;
            let (state, prev) = match last_review[q] {
                None => ("new", None),
                Some((last, ivl)) if random.below(10) == 0 => ("relearning", Some((last, ivl))),
                Some(previous) => ("review", Some(previous)),
            };
            let prev_card = prev.map(|(last, ivl)| {
                format!(
                    r#"{{"question_id":"q{q:05}","state":"review","stability":{ivl}.0,"difficulty":5.0,"due_day":{},"last_day":{last},"last_ms":0,"reps":3,"lapses":0}}"#,
                    last + ivl
                )
            });
            revlog.execute(params![
                format!("q{q:05}"),
                (day + 1) * 86_400_000,
                day,
                grade,
                state,
                interval,
                interval as f64,
                5.0,
                5_000 + random.below(60_000) as i64,
                prev_card
            ])?;
            last_review[q] = Some((day, interval));
        }
        let mut card = tx.prepare(
            "INSERT INTO cards (question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses)
             VALUES (?1, 'review', ?2, 5.0, ?3, ?4, 0, 5, 0)",
        )?;
        for (q, last) in last_review.iter().enumerate() {
            if let Some((last, interval)) = last {
                card.execute(params![format!("q{q:05}"), *interval as f64, last + interval, last])?;
            }
        }
        let mut round = tx.prepare(
            "INSERT INTO rounds (id, preset, title, mode, seed, hide_difficulty, time_limit_ms, time_left_ms,
               started_ms, updated_ms, finished_ms, scored_ms)
             VALUES (?1, 'Data Engineer', 'Data Engineer', 'interview', 1, 0, 2700000, 600000, ?2, ?2, ?2, ?2)",
        )?;
        let mut round_question = tx.prepare(
            "INSERT INTO round_questions (round_id, position, question_id, status, time_ms, score)
             VALUES (?1, ?2, ?3, 'answered', ?4, ?5)",
        )?;
        for r in 0..ROUNDS {
            let day = today - DAYS + (r as i64 * DAYS / ROUNDS as i64);
            round.execute(params![r + 1, day * 86_400_000])?;
            for position in 0..10 {
                let q = format!("q{:05}", random.below(QUESTIONS as u64));
                let score = random.below(101) as f64 / 100.0;
                round_question.execute(params![
                    r + 1,
                    position,
                    q,
                    60_000 + random.below(200_000) as i64,
                    score
                ])?;
            }
        }
    }
    tx.commit()
}
