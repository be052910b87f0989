use chrono::Duration;
use pyprep_core::clock::ManualClock;
use pyprep_core::content::{Difficulty, QuestionKind};
use pyprep_core::rounds::{AnswerStatus, RoundChange, RoundConfig, RoundMode, RoundStage};
use pyprep_core::scheduler::CardState;
use pyprep_core::{Engine, Error, Settings};

use crate::fixtures::{bank_from, engine, new_york, question, BANK};

const ROLES: &str = "[[role]]\nname = \"Python Developer\"\nquestions = 3\nminutes = 30\ndifficulty = [\"junior\"]\nmodules = { \"01-basics\" = 1 }\n\n[[role]]\nname = \"Data Engineer\"\nquestions = 6\nminutes = 30\ndifficulty = [\"junior\", \"mid\"]\nmodules = { \"01-basics\" = 1, \"02-later\" = 3 }\n";

/// Two modules of 20 questions each: juniors, mids and a few seniors.
fn big_engine() -> (Engine, ManualClock) {
    let mut files = vec![
        ("bank.toml".to_owned(), BANK.to_owned()),
        ("roles.toml".to_owned(), ROLES.to_owned()),
        (
            "modules/01-basics/module.toml".to_owned(),
            "title = \"Basics\"\norder = 1\nsummary = \"s\"\nplanned = 20\n".to_owned(),
        ),
        (
            "modules/02-later/module.toml".to_owned(),
            "title = \"Later\"\norder = 2\nsummary = \"s\"\nplanned = 20\n".to_owned(),
        ),
    ];
    for module in ["01-basics", "02-later"] {
        for n in 0..20 {
            let difficulty = ["junior", "mid", "mid", "senior"][n % 4];
            let id = format!("{}-{n}", &module[..2]);
            files.push((
                format!("modules/{module}/q{n:02}.md"),
                question(&id, &format!("Question {id}?"), difficulty, "concept", ""),
            ));
        }
    }
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    (
        Engine::in_memory(&bank_from(&files), Box::new(clock.clone())).unwrap(),
        clock,
    )
}

fn preset(seed: u32) -> RoundConfig {
    RoundConfig {
        preset: Some("Data Engineer".into()),
        modules: vec![],
        difficulties: vec![Difficulty::Junior, Difficulty::Mid],
        kinds: vec![],
        questions: 6,
        minutes: 30,
        mode: RoundMode::Interview,
        hide_difficulty: false,
        seed: Some(seed),
    }
}

fn custom(questions: u32, minutes: u32) -> RoundConfig {
    RoundConfig {
        preset: None,
        modules: vec!["01-basics".into()],
        difficulties: vec![Difficulty::Junior, Difficulty::Mid, Difficulty::Senior],
        kinds: vec![],
        questions,
        minutes,
        mode: RoundMode::Interview,
        hide_difficulty: true,
        seed: Some(1),
    }
}

fn ids(engine: &Engine, round: u32) -> Vec<String> {
    engine
        .round(round)
        .unwrap()
        .questions
        .into_iter()
        .map(|q| q.question.id)
        .collect()
}

#[test]
fn presets_come_from_content_with_their_modules() {
    let (engine, _) = big_engine();
    let presets = engine.round_presets().unwrap();
    assert_eq!(presets.len(), 2);
    let data = &presets[1];
    assert_eq!(
        (data.role.as_str(), data.questions, data.minutes, data.available),
        ("Data Engineer", 6, 30, 30)
    );
    assert_eq!(
        data.modules
            .iter()
            .map(|m| (m.slug.as_str(), m.weight))
            .collect::<Vec<_>>(),
        [("02-later", 3), ("01-basics", 1)]
    );
}

#[test]
fn a_seed_reproduces_the_same_round() {
    let (mut first, _) = big_engine();
    let (mut second, _) = big_engine();
    let a = first.start_round(&preset(11)).unwrap().id;
    let b = second.start_round(&preset(11)).unwrap().id;
    assert_eq!(ids(&first, a), ids(&second, b));
    let c = second.start_round(&preset(12)).unwrap().id;
    assert_ne!(ids(&second, b), ids(&second, c));
}

#[test]
fn preset_rounds_follow_module_weights_and_difficulties() {
    let (mut later, mut basics) = (0, 0);
    for seed in 0..40 {
        let (mut engine, _) = big_engine();
        let round = engine.start_round(&preset(seed)).unwrap();
        assert_eq!(round.questions.len(), 6);
        for question in &round.questions {
            assert!(matches!(
                question.question.difficulty,
                Difficulty::Junior | Difficulty::Mid
            ));
            if question.question.module_slug == "02-later" {
                later += 1
            } else {
                basics += 1
            }
        }
        let difficulties: Vec<Difficulty> = round.questions.iter().map(|q| q.question.difficulty).collect();
        assert!(difficulties.windows(2).all(|w| w[0] <= w[1]), "easiest first");
    }
    // Drawing 6 of 15 + 15 without replacement at weights 3:1 gives about 2.3:1.
    assert!(later * 10 > basics * 18, "module weights 3:1 gave {later}:{basics}");
}

#[test]
fn a_new_round_avoids_the_last_rounds_questions() {
    let (mut engine, _) = big_engine();
    let mut previous: Vec<String> = Vec::new();
    let mut repeats = 0;
    for seed in 0..20 {
        let round = engine.start_round(&preset(seed)).unwrap();
        let asked: Vec<String> = round.questions.iter().map(|q| q.question.id.clone()).collect();
        repeats += asked.iter().filter(|id| previous.contains(id)).count();
        engine.finish_round(round.id).unwrap();
        previous = asked;
    }
    // Drawing blindly would repeat about 6 * 6 / 30 = 1.2 questions a round, 24 in all.
    assert!(repeats <= 6, "{repeats} of 120 questions repeated the previous round");
}

#[test]
fn a_custom_round_respects_kinds_and_rejects_empty_set_ups() {
    let (mut engine, _) = engine();
    let mut config = custom(3, 10);
    config.kinds = vec![QuestionKind::Output, QuestionKind::Choice];
    let round = engine.start_round(&config).unwrap();
    let kinds: Vec<QuestionKind> = round.questions.iter().map(|q| q.question.kind).collect();
    assert_eq!(kinds.len(), 2);
    assert!(kinds
        .iter()
        .all(|k| matches!(k, QuestionKind::Output | QuestionKind::Choice)));
    assert!(round.hide_difficulty);
    config.modules = vec!["02-later".into()];
    assert!(matches!(engine.start_round(&config), Err(Error::InvalidInput(_))));
}

#[test]
fn answers_are_graded_scored_and_recorded_as_reviews() {
    let (mut engine, clock) = engine();
    let round = engine.start_round(&custom(4, 20)).unwrap();
    let position_of = |kind: QuestionKind| {
        round
            .questions
            .iter()
            .find(|q| q.question.kind == kind)
            .unwrap()
            .position
    };
    let (output, choice, concept, design) = (
        position_of(QuestionKind::Output),
        position_of(QuestionKind::Choice),
        position_of(QuestionKind::Concept),
        position_of(QuestionKind::Design),
    );

    clock.advance(Duration::seconds(30));
    let tick = engine
        .update_round(
            round.id,
            &RoundChange::Answer {
                position: output,
                text: "6\n".into(),
            },
        )
        .unwrap();
    assert_eq!(
        (tick.correct, tick.stage, tick.time_left_ms),
        (Some(true), RoundStage::Answering, 20 * 60_000 - 30_000)
    );
    let wrong = engine
        .update_round(
            round.id,
            &RoundChange::Choose {
                position: choice,
                selected: vec![0],
            },
        )
        .unwrap();
    assert_eq!(wrong.correct, Some(false));
    engine
        .update_round(
            round.id,
            &RoundChange::Answer {
                position: concept,
                text: "Names point at objects.".into(),
            },
        )
        .unwrap();
    engine
        .update_round(round.id, &RoundChange::Skip { position: design })
        .unwrap();
    engine
        .update_round(
            round.id,
            &RoundChange::Flag {
                position: concept,
                flagged: true,
            },
        )
        .unwrap();

    let finished = engine.finish_round(round.id).unwrap();
    assert_eq!(finished.stage, RoundStage::Scoring);
    let scores: Vec<Option<f32>> = finished.questions.iter().map(|q| q.score).collect();
    assert_eq!(
        scores.iter().filter(|s| s.is_none()).count(),
        1,
        "only the answered concept question waits for ticks"
    );
    assert!(matches!(engine.complete_round(round.id), Err(Error::InvalidInput(_))));

    engine.score_round_question(round.id, concept, &[0, 2, 2, 9]).unwrap();
    let results = engine.complete_round(round.id).unwrap();
    let expected_mean = (1.0 + 0.0 + 2.0 / 3.0 + 0.0) / 4.0;
    assert!(
        (results.summary.score.unwrap() - expected_mean).abs() < 1e-6,
        "{:?}",
        results.summary.score
    );
    assert_eq!(results.summary.stage, RoundStage::Done);
    assert_eq!(results.revisit.len(), 3);
    assert_eq!(
        results
            .by_difficulty
            .iter()
            .map(|b| b.label.as_str())
            .collect::<Vec<_>>(),
        ["junior", "mid", "senior"]
    );

    // Each score became a review: right output Good, wrong choice and skipped design Again, 2/3 Hard.
    let state = |position: u32| {
        let id = &finished.questions[position as usize].question.id;
        engine.question(id).unwrap()
    };
    assert_eq!(state(output).state, CardState::Review);
    assert_eq!(state(choice).state, CardState::Learning);
    assert_eq!(state(design).state, CardState::Learning);
    assert_eq!(state(concept).state, CardState::Review);
    assert_eq!(
        engine.queue_counts().unwrap().learning,
        2,
        "weak answers come back today"
    );
    assert_eq!(engine.round(round.id).unwrap().stage, RoundStage::Done);
}

#[test]
fn the_round_ends_itself_when_time_runs_out() {
    let (mut engine, clock) = engine();
    let round = engine.start_round(&custom(2, 1)).unwrap();
    for _ in 0..3 {
        clock.advance(Duration::seconds(25));
        engine.update_round(round.id, &RoundChange::Tick).unwrap();
    }
    let round = engine.round(round.id).unwrap();
    assert_eq!((round.time_left_ms, round.stage), (0, RoundStage::Scoring));
    assert_eq!(
        round.questions[0].time_ms, 60_000,
        "all the time went to the open question"
    );
    let scores: Vec<Option<f32>> = round.questions.iter().map(|q| q.score).collect();
    assert_eq!(
        scores,
        [Some(0.0), Some(0.0)],
        "unanswered questions are scored when time runs out"
    );
    let late = engine
        .update_round(
            round.id,
            &RoundChange::Answer {
                position: 1,
                text: "too late".into(),
            },
        )
        .unwrap();
    assert_eq!(late.stage, RoundStage::Scoring);
    assert_eq!(engine.round(round.id).unwrap().questions[1].answer_text, "");
}

#[test]
fn a_crash_mid_round_loses_nothing_and_the_round_resumes_with_its_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyprep.sqlite3");
    let (round_id, concept_position) = {
        let mut engine = Engine::open(&path, Settings::default()).unwrap();
        let mut config = custom(3, 30);
        config.modules = vec!["01-fundamentals".into()];
        config.kinds = vec![QuestionKind::Concept];
        let round = engine.start_round(&config).unwrap();
        engine
            .update_round(
                round.id,
                &RoundChange::Answer {
                    position: 1,
                    text: "the GIL serialises bytecode".into(),
                },
            )
            .unwrap();
        engine
            .update_round(
                round.id,
                &RoundChange::Flag {
                    position: 2,
                    flagged: true,
                },
            )
            .unwrap();
        engine
            .update_round(round.id, &RoundChange::Open { position: 2 })
            .unwrap();
        (round.id, 1)
        // The engine is dropped here without finishing: the app was closed or crashed.
    };
    let mut engine = Engine::open(&path, Settings::default()).unwrap();
    assert_eq!(engine.active_round().unwrap(), Some(round_id));
    let before = engine.round(round_id).unwrap();
    let resumed = engine.resume_round(round_id).unwrap();
    assert_eq!(
        resumed.time_left_ms, before.time_left_ms,
        "no time is charged for the time away"
    );
    assert_eq!(resumed.current, 2);
    assert_eq!(
        resumed.questions[concept_position].answer_text,
        "the GIL serialises bytecode"
    );
    assert_eq!(resumed.questions[concept_position].status, AnswerStatus::Answered);
    assert!(resumed.questions[2].flagged);
    assert_eq!(resumed.stage, RoundStage::Answering);
}

#[test]
fn history_lists_rounds_newest_first_and_compares_with_the_same_preset() {
    let (mut engine, _) = big_engine();
    let mut scored = Vec::new();
    for seed in 0..2 {
        let round = engine.start_round(&preset(seed)).unwrap();
        engine.finish_round(round.id).unwrap();
        let results = engine.complete_round(round.id).unwrap();
        scored.push((round.id, results));
    }
    let history = engine.round_history().unwrap();
    assert_eq!(
        history.iter().map(|r| r.id).collect::<Vec<_>>(),
        [scored[1].0, scored[0].0]
    );
    assert_eq!(scored[1].1.previous.len(), 1);
    assert_eq!(scored[1].1.previous[0].id, scored[0].0);
    assert_eq!(scored[0].1.summary.score, Some(0.0), "unanswered questions score zero");
}
