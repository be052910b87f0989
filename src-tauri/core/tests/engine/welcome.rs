use pyprep_core::scheduler::Grade;
use pyprep_core::welcome::WelcomeChoice;
use pyprep_core::{Error, Settings};

use crate::fixtures::engine;

#[test]
fn a_new_user_is_welcomed_once_with_the_role_and_date_chosen() {
    let (mut engine, _) = engine();
    assert!(engine.needs_welcome().unwrap());
    let choice = WelcomeChoice {
        target_role: Some("Data Engineer".into()),
        interview_date: Some("2026-04-15".into()),
    };
    let settings = engine.settings_after_welcome(Some(choice)).unwrap();
    assert_eq!(
        (
            settings.target_role.as_deref(),
            settings.interview_date.as_deref(),
            settings.welcomed
        ),
        (Some("Data Engineer"), Some("2026-04-15"), true)
    );
    engine.set_settings(settings).unwrap();
    assert!(!engine.needs_welcome().unwrap());
}

#[test]
fn a_skip_keeps_the_settings_and_ends_the_welcome() {
    let (mut engine, _) = engine();
    let before = Settings {
        target_role: Some("Python Developer".into()),
        ..Settings::default()
    };
    engine.set_settings(before.clone()).unwrap();
    let after = engine.settings_after_welcome(None).unwrap();
    assert_eq!(
        after,
        Settings {
            welcomed: true,
            ..before
        }
    );
}

#[test]
fn someone_who_already_answered_is_not_welcomed() {
    let (mut engine, _) = engine();
    let first = engine.next_review().unwrap().unwrap().question.id;
    engine.answer(&first, Grade::Good, 4_000).unwrap();
    assert!(!engine.settings().welcomed);
    assert!(!engine.needs_welcome().unwrap());
}

#[test]
fn the_welcome_refuses_an_unknown_role_or_a_past_date() {
    let (engine, _) = engine();
    let role = WelcomeChoice {
        target_role: Some("Astronaut".into()),
        interview_date: None,
    };
    assert!(matches!(
        engine.settings_after_welcome(Some(role)),
        Err(Error::InvalidInput(_))
    ));
    let past = WelcomeChoice {
        target_role: None,
        interview_date: Some("2026-03-01".into()),
    };
    let refused = engine.settings_after_welcome(Some(past)).unwrap_err();
    assert!(refused.to_string().contains("has passed"), "{refused}");
    let today = WelcomeChoice {
        target_role: None,
        interview_date: Some("2026-03-02".into()),
    };
    assert!(engine.settings_after_welcome(Some(today)).is_ok());
    assert!(engine.needs_welcome().unwrap(), "a refused choice ends nothing");
}
