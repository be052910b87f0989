//! The kept queue always equals one worked out afresh.
use chrono::{Duration, TimeZone};

use crate::clock::{Clock, ManualClock};
use crate::content::{load_bank, Bank};
use crate::marks::MarkChange;
use crate::scheduler::Grade;
use crate::{Engine, Settings};

/// The counts as first written: every question checked. The query in use
/// must always agree with it.
const PLAIN_COUNTS: &str = "
    SELECT
      (SELECT COUNT(*) FROM (
        SELECT 1 FROM cards AS c JOIN questions AS q ON q.id = c.question_id
        WHERE q.retired = 0 AND c.state = 'review' AND c.due_day <= ?1
          AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)) LIMIT ?2)),
      (SELECT COUNT(*) FROM (
        SELECT 1 FROM questions AS q
        WHERE q.retired = 0 AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)
          AND q.module_slug NOT IN (SELECT value FROM json_each(?4))
          AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)) LIMIT ?3)),
      (SELECT COUNT(*) FROM cards AS c JOIN questions AS q ON q.id = c.question_id
        WHERE q.retired = 0 AND c.state IN ('learning', 'relearning') AND c.due_day <= ?1
          AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)))";

/// The left-out modules a step may choose.
const MODULE_CHOICES: [&[&str]; 3] = [&[], &["01-a"], &["02-b"]];

/// Two modules of `per_module` questions each, less those in `left_out`.
fn bank(per_module: usize, left_out: &[String]) -> Bank {
    let mut files = vec![
        ("bank.toml".to_owned(), "version = \"1.0.0\"\n".to_owned()),
        (
            "roles.toml".to_owned(),
            "[[role]]\nname = \"R\"\nquestions = 2\nminutes = 10\ndifficulty = [\"junior\"]\nmodules = { \"02-b\" = 2, \"01-a\" = 1 }\n".to_owned(),
        ),
        ("modules/01-a/module.toml".to_owned(), "title = \"A\"\norder = 1\nsummary = \"s\"\nplanned = 9\n".to_owned()),
        ("modules/02-b/module.toml".to_owned(), "title = \"B\"\norder = 2\nsummary = \"s\"\nplanned = 9\n".to_owned()),
    ];
    for module in ["a", "b"] {
        for n in 0..per_module {
            let id = format!("q-{module}{n}");
            if left_out.contains(&id) {
                continue;
            }
            let slug = if module == "a" { "01-a" } else { "02-b" };
            files.push((
                format!("modules/{slug}/{id}.md"),
                format!("+++\nid = \"{id}\"\ntitle = \"{id}?\"\ndifficulty = \"junior\"\nkind = \"concept\"\ntags = [\"t\"]\n+++\n\n## Answer\n\nYes.\n\n## Key points\n\n- a\n- b\n- c\n"),
            ));
        }
    }
    load_bank(files.iter().map(|(path, text)| (path.as_str(), text.as_str()))).unwrap()
}

/// SplitMix64, so a failing sequence can be replayed from its seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n
    }
}

/// After every kind of change, in random order over weeks of study, the
/// queue kept between calls is the one worked out afresh, and the counts
/// and the due loads agree with their plain definitions.
#[test]
fn the_kept_queue_is_always_the_one_worked_out_afresh() {
    const PER_MODULE: usize = 6;
    let ids: Vec<String> = ["a", "b"]
        .iter()
        .flat_map(|module| (0..PER_MODULE).map(move |n| format!("q-{module}{n}")))
        .collect();
    for seed in 0..6 {
        let mut random = Random(seed);
        let start = chrono::FixedOffset::west_opt(5 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .unwrap();
        let clock = ManualClock::new(start);
        let mut engine = Engine::in_memory(&bank(PER_MODULE, &[]), Box::new(clock.clone())).unwrap();
        let mut left_out: Vec<String> = Vec::new();
        for step in 0..400 {
            let id = &ids[random.below(ids.len() as u64) as usize];
            let grade = Grade::ALL[random.below(4) as usize];
            let done = match random.below(14) {
                0..=4 => match engine.next_review().unwrap() {
                    Some(item) => engine.answer(&item.question.id, grade, 20_000),
                    None => Ok(()),
                },
                5 => engine.answer(id, grade, 90_000),
                6 => engine.undo().map(drop),
                7 => {
                    let on = random.below(2) == 0;
                    let change = match random.below(3) {
                        0 => MarkChange::Flag { on },
                        1 => MarkChange::Suspend { on },
                        _ => MarkChange::Bury { on },
                    };
                    engine.mark(id, change).map(drop)
                }
                8 | 9 => {
                    // Now and then the computer's clock is set back a little.
                    let minutes = random.below(25) as i64 - 12;
                    clock.advance(Duration::minutes(if minutes == 0 { 12 } else { minutes }));
                    Ok(())
                }
                10 => {
                    clock.advance(Duration::hours(1 + random.below(30) as i64));
                    Ok(())
                }
                11 => {
                    let today = clock.now().date_naive();
                    let settings = Settings {
                        new_per_day: random.below(5) as u32,
                        reviews_per_day: random.below(8) as u32,
                        daily_minutes: [None, Some(5), Some(30)][random.below(3) as usize],
                        target_role: (random.below(2) == 0).then(|| "R".to_owned()),
                        interview_date: (random.below(2) == 0)
                            .then(|| (today + chrono::Days::new(random.below(20))).to_string()),
                        new_questions_days_early: random.below(8) as u32,
                        excluded_modules: MODULE_CHOICES[random.below(3) as usize]
                            .iter()
                            .map(|slug| (*slug).to_owned())
                            .collect(),
                        ..Settings::default()
                    };
                    engine.set_settings(settings)
                }
                12 => {
                    // A new version of the bank: a question leaves it (retired) or comes back.
                    if left_out.contains(id) {
                        left_out.retain(|gone| gone != id);
                    } else {
                        left_out.push(id.clone());
                    }
                    engine
                        .sync_content(&bank(PER_MODULE, &left_out), &format!("v{step}"))
                        .map(drop)
                }
                _ => engine.next_review_in(super::ReviewScope::Flagged).map(drop),
            };
            // Refusals (undo with nothing to undo, a retired question) are part of the mix.
            drop(done);

            let kept_counts = engine.queue_counts().unwrap();
            let kept_next = engine.next_review().unwrap();
            // Worked out afresh, then everything kept put back as it was for the next step.
            let kept = (engine.kept_queue.take(), engine.kept_run.get(), engine.day_quota.get());
            engine.forget_kept();
            let fresh_next = engine.next_review().unwrap();
            engine.forget_kept();
            let fresh_counts = engine.queue_counts().unwrap();
            engine.kept_queue.replace(kept.0);
            engine.kept_run.set(kept.1);
            engine.day_quota.set(kept.2);
            assert_eq!(kept_counts, fresh_counts, "seed {seed}, step {step}");
            assert_eq!(kept_next, fresh_next, "seed {seed}, step {step}");

            let loads = |sql: &str| -> Vec<(i64, i64)> {
                let mut statement = engine.store.conn.prepare(sql).unwrap();
                let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap();
                rows.collect::<rusqlite::Result<_>>().unwrap()
            };
            assert_eq!(
                loads("SELECT day, cards FROM due_loads WHERE cards != 0 ORDER BY day"),
                loads("SELECT due_day, COUNT(*) FROM cards GROUP BY due_day ORDER BY due_day"),
                "seed {seed}, step {step}: the due loads kept by triggers"
            );

            let today = engine.today();
            let excluded = engine.excluded_modules_json().unwrap();
            for (due, new) in [(0, 0), (1, 1), (3, 2), (200, 10)] {
                let counts = |sql: &str| -> (u32, u32, u32) {
                    engine
                        .store
                        .conn
                        .query_row(sql, rusqlite::params![today, due, new, excluded], |row| {
                            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                        })
                        .unwrap()
                };
                assert_eq!(
                    counts(include_str!("sql/queue_counts.sql")),
                    counts(PLAIN_COUNTS),
                    "seed {seed}, step {step}, limits {due} and {new}"
                );
            }
        }
    }
}
