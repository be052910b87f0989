use chrono::Duration;
use pyprep_core::challenges::{AttemptInput, DraftPlace};
use pyprep_core::clock::ManualClock;
use pyprep_core::content::{Bank, Difficulty, QuestionKind, Runtime};
use pyprep_core::rounds::{RoundChange, RoundConfig, RoundMode, RoundStage};
use pyprep_core::scheduler::{CardState, Grade};
use pyprep_core::stats::StatsRange;
use pyprep_core::{Engine, Error};

use crate::fixtures::{bank_from, files, new_york, question, ROLES};

const PRESETS: &str = "\n[[preset]]\nname = \"Coding round\"\nquestions = 1\nminutes = 45\ndifficulty = [\"junior\", \"mid\"]\nkinds = [\"challenge\"]\nmodules = { \"01-basics\" = 1 }\n";

pub const CHALLENGE_EXTRA: &str = "## Prompt\n\nReturn the sum of two numbers.\n\n## Starter code\n\n```python\ndef add(a, b):\n    ...\n```\n\n## Tests\n\n```python\ncase(\"add(1, 2)\", 3)\ncase(\"add(-1, 1)\", 0, hidden=True)\n```\n\n## Hints\n\n- Use `+`.\n- Really, `a + b`.\n\n## Solution\n\n```python\ndef add(a, b):\n    return a + b\n```\n\n## Wrong solutions\n\nForgets the second number:\n\n```python\ndef add(a, b):\n    return a\n```\n\n";

/// The standard bank with one challenge (target 15 minutes) and a coding-round preset.
pub fn challenge_bank() -> Bank {
    let mut files = files();
    files[0].1 = format!("{ROLES}{PRESETS}");
    files.push((
        "modules/01-basics/add.md".into(),
        question("q-add", "Add two numbers", "junior", "challenge", CHALLENGE_EXTRA),
    ));
    bank_from(&files)
}

fn challenge_engine() -> (Engine, ManualClock) {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::in_memory(&challenge_bank(), Box::new(clock.clone())).unwrap();
    (engine, clock)
}

fn attempt(passed: u32, total: u32, minutes: u32, hints_used: u32) -> AttemptInput {
    AttemptInput {
        passed,
        total,
        duration_ms: minutes * 60_000,
        hints_used,
        solution_shown: false,
        code: "def add(a, b):\n    return a + b\n".into(),
    }
}

#[test]
fn a_challenge_comes_with_starter_tests_hints_and_limits() {
    let (engine, _) = challenge_engine();
    let question = engine.question("q-add").unwrap();
    assert_eq!(question.kind, QuestionKind::Challenge);
    let challenge = question.challenge.expect("a challenge view");
    assert_eq!(challenge.starter, "def add(a, b):\n    ...\n");
    assert!(challenge.tests.contains("hidden=True"));
    assert_eq!(
        challenge.hints_html,
        ["Use <code>+</code>.", "Really, <code>a + b</code>."]
    );
    assert!(challenge.solution.contains("return a + b"));
    assert_eq!(
        (challenge.runtime, challenge.time_limit_s, challenge.target_minutes),
        (Runtime::Any, 10, 15)
    );
    assert!(engine.question("q-names").unwrap().challenge.is_none());
}

#[test]
fn drafts_are_kept_per_place_and_survive_reopening() {
    let (mut engine, _) = challenge_engine();
    assert_eq!(
        engine.challenge_work("q-add", DraftPlace::Question).unwrap().draft,
        None
    );
    engine
        .save_draft("q-add", DraftPlace::Question, "def add(a, b):\n    return 0\n")
        .unwrap();
    engine
        .save_draft("q-add", DraftPlace::Question, "def add(a, b):\n    return 1\n")
        .unwrap();
    engine
        .save_draft("q-add", DraftPlace::Review, "# from review\n")
        .unwrap();
    let work = engine.challenge_work("q-add", DraftPlace::Question).unwrap();
    assert_eq!(work.draft.as_deref(), Some("def add(a, b):\n    return 1\n"));
    let review = engine.challenge_work("q-add", DraftPlace::Review).unwrap();
    assert_eq!(review.draft.as_deref(), Some("# from review\n"));

    let huge = "x".repeat(200 * 1024);
    assert!(matches!(
        engine.save_draft("q-add", DraftPlace::Question, &huge),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        engine.save_draft("q-names", DraftPlace::Question, "x"),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn a_submit_suggests_a_grade_and_grading_records_one_review() {
    let (mut engine, clock) = challenge_engine();
    engine.save_draft("q-add", DraftPlace::Review, "draft").unwrap();
    let failed = engine
        .submit_attempt("q-add", DraftPlace::Review, &attempt(1, 2, 5, 0))
        .unwrap();
    assert_eq!((failed.suggested, failed.grade), (Grade::Again, None));
    clock.advance(Duration::minutes(1));
    let hinted = engine
        .submit_attempt("q-add", DraftPlace::Review, &attempt(2, 2, 6, 1))
        .unwrap();
    assert_eq!(hinted.suggested, Grade::Hard);
    let quick = engine
        .submit_attempt("q-add", DraftPlace::Review, &attempt(2, 2, 5, 0))
        .unwrap();
    assert_eq!(quick.suggested, Grade::Easy);
    let steady = engine
        .submit_attempt("q-add", DraftPlace::Review, &attempt(2, 2, 12, 0))
        .unwrap();
    assert_eq!(steady.suggested, Grade::Good);

    engine.grade_attempt(steady.id, Grade::Good).unwrap();
    let question = engine.question("q-add").unwrap();
    assert_eq!((question.state, question.reps), (CardState::Review, 1));
    let work = engine.challenge_work("q-add", DraftPlace::Review).unwrap();
    assert_eq!(work.draft, None, "a graded review starts again from the starter code");
    assert_eq!(work.attempts.len(), 4);
    assert_eq!(work.attempts[0].grade, Some(Grade::Good));
    assert!(work.solved);
    assert!(matches!(
        engine.grade_attempt(steady.id, Grade::Easy),
        Err(Error::InvalidInput(_))
    ));

    let solved = engine.progress(StatsRange::All, None).unwrap().challenges;
    assert_eq!(solved.len(), 1);
    assert_eq!(
        (
            solved[0].difficulty,
            solved[0].total,
            solved[0].attempted,
            solved[0].solved
        ),
        (Difficulty::Junior, 1, 1, 1)
    );

    engine.undo().unwrap();
    let work = engine.challenge_work("q-add", DraftPlace::Review).unwrap();
    assert_eq!(work.attempts[0].grade, None, "undo keeps the attempt, ungraded");
    assert_eq!(engine.question("q-add").unwrap().state, CardState::New);
}

#[test]
fn impossible_attempts_are_refused() {
    let (mut engine, _) = challenge_engine();
    let place = DraftPlace::Question;
    assert!(engine.submit_attempt("q-add", place, &attempt(3, 2, 1, 0)).is_err());
    assert!(engine.submit_attempt("q-add", place, &attempt(1, 2, 1, 3)).is_err());
    assert!(engine.submit_attempt("q-sum", place, &attempt(1, 2, 1, 0)).is_err());
    assert!(engine.challenge_work("q-add", place).unwrap().attempts.is_empty());
}

#[test]
fn a_coding_round_scores_a_challenge_by_its_tests() {
    let (mut engine, clock) = challenge_engine();
    let preset = engine
        .round_presets()
        .unwrap()
        .into_iter()
        .find(|p| p.role == "Coding round")
        .unwrap();
    assert!(!preset.is_role);
    assert_eq!(
        (preset.kinds.as_slice(), preset.available),
        ([QuestionKind::Challenge].as_slice(), 1)
    );
    let round = engine
        .start_round(&RoundConfig {
            preset: Some("Coding round".into()),
            modules: vec![],
            difficulties: vec![Difficulty::Junior, Difficulty::Mid],
            kinds: vec![],
            questions: 1,
            minutes: 45,
            mode: RoundMode::Interview,
            hide_difficulty: false,
            seed: Some(7),
        })
        .unwrap();
    assert_eq!(round.title, "Coding round");
    assert_eq!(round.questions[0].question.id, "q-add");
    clock.advance(Duration::minutes(3));
    let code = "def add(a, b):\n    return a - b\n".to_owned();
    engine
        .update_round(
            round.id,
            &RoundChange::Answer {
                position: 0,
                text: code.clone(),
            },
        )
        .unwrap();
    assert!(
        engine.record_round_tests(round.id, 0, 1, 2).is_err(),
        "tests run once answering is over"
    );
    let finished = engine.finish_round(round.id).unwrap();
    assert_eq!(finished.stage, RoundStage::Scoring);
    assert_eq!(finished.questions[0].score, None, "a challenge waits for its tests");
    assert!(engine.score_round_question(round.id, 0, &[0]).is_err());

    engine.record_round_tests(round.id, 0, 1, 2).unwrap();
    engine.score_round_question(round.id, 0, &[0, 1]).unwrap();
    let scored = engine.round(round.id).unwrap();
    let answer = &scored.questions[0];
    assert_eq!(
        (answer.tests_passed, answer.tests_total, answer.score),
        (Some(1), Some(2), Some(0.5))
    );
    assert_eq!(answer.ticked.as_deref(), Some([0, 1].as_slice()));
    engine.complete_round(round.id).unwrap();
    let reviewed = engine.question("q-add").unwrap();
    assert_eq!(
        (reviewed.reps, reviewed.lapses),
        (1, 0),
        "the round's score became one review"
    );

    let work = engine.challenge_work("q-add", DraftPlace::Question).unwrap();
    assert_eq!(work.attempts.len(), 1);
    assert_eq!((work.attempts[0].place.as_str(), work.attempts[0].passed), ("round", 1));
}

#[test]
fn round_answers_and_choices_are_bounded() {
    let (mut engine, _) = challenge_engine();
    let mut config = RoundConfig {
        preset: None,
        modules: vec!["01-basics".into()],
        difficulties: vec![Difficulty::Junior, Difficulty::Mid, Difficulty::Senior],
        kinds: vec![QuestionKind::Choice],
        questions: 1,
        minutes: 10,
        mode: RoundMode::Interview,
        hide_difficulty: false,
        seed: Some(1),
    };
    let round = engine.start_round(&config).unwrap();
    let out_of_range = RoundChange::Choose {
        position: 0,
        selected: vec![7],
    };
    assert!(matches!(
        engine.update_round(round.id, &out_of_range),
        Err(Error::InvalidInput(_))
    ));
    config.kinds = vec![QuestionKind::Concept];
    engine.finish_round(round.id).unwrap();
    let round = engine.start_round(&config).unwrap();
    let huge = RoundChange::Answer {
        position: 0,
        text: "a".repeat(1024 * 1024),
    };
    assert!(matches!(
        engine.update_round(round.id, &huge),
        Err(Error::InvalidInput(_))
    ));
    assert_eq!(engine.round(round.id).unwrap().questions[0].answer_text, "");
}
