use chrono::Duration;
use pyprep_core::clock::ManualClock;
use pyprep_core::content::embedded;
use pyprep_core::scheduler::optimizer::{fit, Evaluation};
use pyprep_core::scheduler::{CardState, Grade};
use pyprep_core::transfer::{ProgressFile, ReviewRecord, FORMAT, VERSION};
use pyprep_core::{Engine, Settings};

use crate::fixtures::new_york;
use crate::learner;

const DAY_MS: i64 = 86_400_000;

/// An engine on the real bank holding the simulated learner's history of
/// `cards` questions over `days` days, brought in as an import.
fn engine_with_history(cards: usize, days: i64) -> Engine {
    let start = new_york(2026, 1, 5, 10);
    let clock = ManualClock::new(start + Duration::days(days + 1));
    let bank = embedded::bank().unwrap();
    let mut engine = Engine::in_memory(&bank, Box::new(clock)).unwrap();
    let first_day = start.timestamp_millis().div_euclid(DAY_MS);
    let mut reviews = Vec::new();
    for (question, history) in bank.questions.iter().zip(learner::histories(cards, 20, days, 7)) {
        for (grade, day) in history {
            reviews.push(ReviewRecord {
                question_id: question.id.clone(),
                reviewed_ms: start.timestamp_millis() + day * DAY_MS,
                day: first_day + day,
                grade,
                state_before: CardState::New,
                interval_days: 0,
                stability: 1.0,
                difficulty: 5.0,
                duration_ms: 20_000,
                prev_card: None,
            });
        }
    }
    let file = ProgressFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: String::new(),
        app_version: String::new(),
        settings: Settings::default(),
        fsrs_parameters: fsrs::DEFAULT_PARAMETERS.to_vec(),
        reviews,
        cards: vec![],
        rounds: vec![],
        drafts: vec![],
        attempts: vec![],
        notes: vec![],
        marks: vec![],
    };
    engine.import_progress(&file).unwrap();
    engine
}

#[test]
fn a_fit_on_a_long_enough_history_is_used_when_it_predicts_better() {
    let mut engine = engine_with_history(200, 120);
    let status = engine.optimizer_status().unwrap();
    assert!(status.reviews >= 400, "{} reviews", status.reviews);
    assert!(!status.using_fitted && status.last_fit.is_none());
    assert!(engine.optimizer_due().unwrap(), "due once there are 400 reviews");
    let stability_before = engine.export_progress().unwrap().cards[0].stability;

    let result = fit(&engine.training_set().unwrap(), "2026-05-05T10:00:00Z".into()).unwrap();
    let fitted = result.fitted.expect("a fit");
    assert!(
        fitted.log_loss < result.defaults.log_loss,
        "{fitted:?} vs {:?}",
        result.defaults
    );
    let status = engine.record_fit(result.clone(), false).unwrap();
    assert!(status.using_fitted && status.last_fit.as_ref().unwrap().adopted);
    assert!(
        !engine.optimizer_due().unwrap(),
        "not due again until 1,000 more reviews"
    );

    let exported = engine.export_progress().unwrap();
    assert_eq!(exported.fsrs_parameters, result.parameters, "stored and in use");
    assert_ne!(
        exported.cards[0].stability, stability_before,
        "memory states follow the parameters"
    );

    // Going back to the defaults holds against automatic fits, not against the user's own.
    let status = engine.use_default_parameters().unwrap();
    assert!(!status.using_fitted && status.pinned_defaults);
    assert!(!engine.record_fit(result.clone(), false).unwrap().using_fitted);
    let status = engine.record_fit(result, true).unwrap();
    assert!(status.using_fitted && !status.pinned_defaults);
}

#[test]
fn the_defaults_stay_when_a_fit_is_worse_or_the_history_too_short() {
    let mut engine = engine_with_history(200, 120);
    let mut worse = fit(&engine.training_set().unwrap(), "2026-05-05T10:00:00Z".into()).unwrap();
    worse.fitted = Some(Evaluation {
        log_loss: worse.defaults.log_loss + 0.01,
        rmse: worse.defaults.rmse,
    });
    let status = engine.record_fit(worse, false).unwrap();
    assert!(!status.using_fitted && !status.last_fit.unwrap().adopted);

    let (mut short, _) = crate::fixtures::engine();
    for question in ["q-names", "q-sum", "q-names"] {
        short.answer(question, Grade::Good, 1_000).unwrap();
    }
    assert!(!short.optimizer_due().unwrap());
    let refused = fit(&short.training_set().unwrap(), "2026-03-02T10:00:00Z".into()).unwrap_err();
    assert!(refused.to_string().contains("too little history"), "{refused}");
    assert!(!short.optimizer_status().unwrap().using_fitted);
}
