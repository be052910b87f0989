//! The plan's two choices as settings: finishing new questions some days
//! before the interview, and leaving modules out. The queue and the
//! simulator both honour them, and the simulator finds what would help.
use chrono::Duration;
use pyprep_core::clock::ManualClock;
use pyprep_core::content::embedded;
use pyprep_core::plan::simulate::Simulation;
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Error, Settings};

use crate::fixtures::{bank_from, files, new_york, question, MODULE_ONE};

const BASICS: &str = "01-basics";
const LATER: &str = "02-later";

/// The standard bank (four questions in 01-basics) plus 40 in 02-later.
fn engine() -> (Engine, ManualClock) {
    let mut files = files();
    for n in 0..40 {
        files.push((
            format!("modules/02-later/later-{n}.md"),
            question(
                &format!("q-later-{n}"),
                &format!("Later topic {n}"),
                "mid",
                "concept",
                "",
            ),
        ));
    }
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::in_memory(&bank_from(&files), Box::new(clock.clone())).unwrap();
    (engine, clock)
}

fn settings(interview_date: Option<&str>, days_early: u32, excluded: &[&str]) -> Settings {
    Settings {
        new_per_day: 100,
        interview_date: interview_date.map(Into::into),
        new_questions_days_early: days_early,
        excluded_modules: excluded.iter().map(|slug| (*slug).to_owned()).collect(),
        ..Settings::default()
    }
}

/// Answers the queue Good until it is empty; the modules of the questions answered.
fn study_today(engine: &mut Engine) -> Vec<String> {
    let mut modules = Vec::new();
    while let Some(item) = engine.next_review().unwrap() {
        modules.push(item.question.module_slug.clone());
        engine.answer(&item.question.id, Grade::Good, 10_000).unwrap();
        assert!(modules.len() < 200, "the queue never ended");
    }
    modules
}

fn simulate(engine: &Engine, settings: &Settings) -> Simulation {
    engine.simulate_plan(settings).unwrap().unwrap()
}

/// The index of the last simulated day that introduced a new question.
fn last_new_day(simulation: &Simulation) -> usize {
    simulation.days.iter().rposition(|day| day.new > 0).unwrap()
}

#[test]
fn a_left_out_module_gives_no_new_questions_but_its_reviews_still_come() {
    let (mut engine, clock) = engine();
    engine.answer("q-names", Grade::Good, 10_000).unwrap();
    engine.set_settings(settings(None, 0, &[])).unwrap();
    assert_eq!(engine.queue_counts().unwrap().new, 43);

    // The kept queue is dropped with the change: the counts follow at once.
    engine.set_settings(settings(None, 0, &[BASICS])).unwrap();
    assert_eq!(engine.queue_counts().unwrap().new, 40);
    let studied = study_today(&mut engine);
    assert_eq!(studied.len(), 40);
    assert!(studied.iter().all(|module| module == LATER), "{studied:?}");

    // Weeks later the question already started in the left-out module is due again.
    clock.advance(Duration::days(60));
    let counts = engine.queue_counts().unwrap();
    assert_eq!((counts.due, counts.new), (41, 0));
    assert!(study_today(&mut engine).contains(&BASICS.to_owned()));
}

#[test]
fn a_left_out_module_leaves_the_role_plan_and_its_pacing() {
    let (mut engine, _) = engine();
    let role = |excluded: &[&str]| Settings {
        target_role: Some("Data Engineer".into()),
        ..settings(Some("2026-03-12"), 0, excluded)
    };
    engine.set_settings(role(&[])).unwrap();
    let plan = engine.study_plan().unwrap();
    assert_eq!((plan.priority_unseen, plan.new_quota), (44, 5));
    engine.set_settings(role(&[LATER])).unwrap();
    let plan = engine.study_plan().unwrap();
    assert_eq!((plan.priority_unseen, plan.new_quota), (4, 1));
    assert!(plan.new_questions.iter().all(|q| q.module_title == "Basics"));
}

#[test]
fn finishing_early_paces_the_queue_over_fewer_days() {
    let (mut engine, _) = engine();
    // Ten study days to the interview, 44 questions unseen.
    for (early, quota) in [(0, 5), (5, 9), (9, 44), (90, 44)] {
        engine.set_settings(settings(Some("2026-03-12"), early, &[])).unwrap();
        assert_eq!(engine.queue_counts().unwrap().new, quota, "{early} days early");
        assert_eq!(engine.study_plan().unwrap().new_quota, quota, "{early} days early");
    }
}

#[test]
fn the_simulator_finishes_the_new_questions_as_many_days_early() {
    let (mut engine, _) = engine();
    engine.set_settings(settings(Some("2026-03-22"), 0, &[])).unwrap();
    let on_time = simulate(&engine, engine.settings());
    let early = simulate(&engine, &settings(Some("2026-03-22"), 7, &[]));
    assert_eq!(on_time.days.len(), 20);
    assert_eq!((on_time.unseen_on_day, early.unseen_on_day), (0, 0));
    assert_eq!(last_new_day(&on_time), 19);
    assert_eq!(
        last_new_day(&early),
        12,
        "new questions end seven days before the interview"
    );
    let introduced = |simulation: &Simulation| simulation.days.iter().map(|d| d.new).sum::<u32>();
    assert_eq!((introduced(&on_time), introduced(&early)), (44, 44));
    // The queue's quota today is the simulator's first day.
    engine.set_settings(settings(Some("2026-03-22"), 7, &[])).unwrap();
    assert_eq!(engine.queue_counts().unwrap().new, early.days[0].new);
}

#[test]
fn the_simulator_keeps_reviewing_a_left_out_modules_started_questions() {
    let (mut engine, _) = engine();
    engine.answer("q-later-0", Grade::Good, 10_000).unwrap();
    let everything_out = simulate(&engine, &settings(Some("2026-05-30"), 0, &[BASICS, LATER]));
    assert_eq!(everything_out.days.iter().map(|d| d.new).sum::<u32>(), 0);
    assert!(everything_out.total_reviews > 0, "the started question comes back");
    assert_eq!(everything_out.unseen_on_day, 0);
}

#[test]
fn leaving_out_the_suggested_modules_cuts_whats_unseen_on_the_day() {
    let (mut engine, _) = engine();
    let tight = Settings {
        daily_minutes: Some(5),
        ..settings(Some("2026-03-09"), 0, &[])
    };
    engine.set_settings(tight.clone()).unwrap();
    let short = simulate(&engine, &tight);
    assert!(short.unseen_on_day > 0);

    let options = engine.plan_options(&tight).unwrap();
    // The module with the most unseen goes; the last module always stays.
    let slugs: Vec<&str> = options.leave_out.iter().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, [LATER]);
    assert_eq!(options.leave_out[0].title, "Later");
    let fewer = Settings {
        excluded_modules: vec![LATER.into()],
        ..tight.clone()
    };
    let fitted = simulate(&engine, &fewer);
    assert!(fitted.unseen_on_day < short.unseen_on_day);
    assert_eq!(fitted.unseen_on_day, 0);
    assert_eq!(fitted.modules.len(), 1, "the left-out module is not in the plan");

    // Once the plan fits, there is nothing to suggest.
    assert_eq!(engine.plan_options(&fewer).unwrap(), Default::default());
}

#[test]
fn finishing_early_is_offered_only_when_it_leaves_the_plan_less_short() {
    let (mut engine, _) = engine();
    let tight = Settings {
        daily_minutes: Some(10),
        ..settings(Some("2026-03-22"), 0, &[])
    };
    engine.set_settings(tight.clone()).unwrap();
    let short = simulate(&engine, &tight);
    let left_over = |s: &Simulation| s.days.iter().map(|d| d.left_over).sum::<u32>();
    assert!(short.unseen_on_day > 0 || left_over(&short) > 0);
    let early = engine
        .plan_options(&tight)
        .unwrap()
        .days_early
        .expect("finishing earlier helps a plan that runs out of time at the end");
    assert!((1..20).contains(&early));
    let sooner = simulate(
        &engine,
        &Settings {
            new_questions_days_early: early,
            ..tight.clone()
        },
    );
    assert!(
        (sooner.unseen_on_day, left_over(&sooner)) < (short.unseen_on_day, left_over(&short)),
        "{} unseen and {} left over against {} and {}",
        sooner.unseen_on_day,
        left_over(&sooner),
        short.unseen_on_day,
        left_over(&short)
    );
}

#[test]
fn days_early_are_checked_against_their_bounds() {
    let (mut engine, _) = engine();
    engine.set_settings(settings(None, 90, &[])).unwrap();
    let refused = engine.set_settings(settings(None, 91, &[]));
    assert!(matches!(refused, Err(Error::InvalidInput(_))), "{refused:?}");
    assert_eq!(engine.settings().new_questions_days_early, 90);
}

#[test]
fn an_unknown_module_is_refused_when_saved() {
    let (mut engine, _) = engine();
    let refused = engine.set_settings(settings(None, 0, &["99-nowhere"])).unwrap_err();
    assert!(
        refused.to_string().contains("no module called \"99-nowhere\""),
        "{refused}"
    );
    assert!(engine
        .plan_options(&settings(Some("2026-03-22"), 0, &["99-nowhere"]))
        .is_err());
}

#[test]
fn a_module_the_bank_no_longer_has_is_dropped_not_refused() {
    let (mut engine, _) = engine();
    engine.set_settings(settings(None, 0, &[BASICS, LATER])).unwrap();
    // A content update without module two.
    let mut files: Vec<(String, String)> = files().into_iter().filter(|(path, _)| !path.contains(LATER)).collect();
    files[0].1 = "[[role]]\nname = \"Python Developer\"\nquestions = 3\nminutes = 30\ndifficulty = [\"junior\"]\nmodules = { \"01-basics\" = 1 }\n".into();
    assert!(files.iter().any(|(_, text)| text == MODULE_ONE));
    assert!(engine.sync_content(&bank_from(&files), "v2").unwrap());
    assert_eq!(engine.settings().excluded_modules, [BASICS]);
    engine.set_settings(engine.settings().clone()).unwrap();
}

#[test]
fn unknown_modules_are_dropped_when_the_settings_are_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let real = embedded::bank().unwrap().modules[0].slug.clone();
    let saved = Settings {
        excluded_modules: vec!["00-removed".into(), real.clone()],
        ..Settings::default()
    };
    // Opened first (the bank synced into the file), then again (the bank already there).
    for _ in 0..2 {
        let mut engine = Engine::open(&path, saved.clone()).unwrap();
        assert_eq!(engine.settings().excluded_modules, [real.as_str()]);
        engine.set_settings(engine.settings().clone()).unwrap();
        engine.close().unwrap();
    }
}

#[test]
fn a_settings_file_from_before_these_settings_reads_with_none_of_them() {
    let settings: Settings = serde_json::from_str(r#"{"newPerDay":12,"interviewDate":"2026-05-01"}"#).unwrap();
    assert_eq!(settings.new_questions_days_early, 0);
    assert!(settings.excluded_modules.is_empty());
}
