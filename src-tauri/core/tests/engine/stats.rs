use chrono::Duration;
use pyprep_core::scheduler::Grade;
use pyprep_core::stats::{Progress, RetentionPeriod, StatsRange};
use pyprep_core::{Engine, Settings};

use crate::fixtures::{engine, new_york};

fn progress(engine: &Engine) -> Progress {
    engine.progress(StatsRange::Month, None).unwrap()
}

fn interval(engine: &Engine, id: &str) -> i64 {
    i64::from(engine.question(id).unwrap().due_in_days.unwrap())
}

#[test]
fn a_new_user_sees_empty_series_of_the_right_length() {
    let (engine, _) = engine();
    let progress = engine.progress(StatsRange::Year, None).unwrap();
    assert_eq!(progress.today.reviews, 0);
    assert_eq!(progress.today.accuracy, None);
    assert_eq!(progress.heatmap.counts.len(), 365);
    assert_eq!(progress.reviews.new.len(), 365);
    assert_eq!(progress.forecast.len(), 90);
    assert!(progress.forecast.iter().all(|n| *n == 0));
    assert_eq!(
        (progress.heatmap.current_streak, progress.heatmap.longest_streak),
        (0, 0)
    );
    assert_eq!(progress.states[0].new, 4);
    assert!(progress.rounds.is_empty());
    let all = engine.progress(StatsRange::All, None).unwrap();
    assert_eq!(all.reviews.new.len(), 1, "all time starts today for a new user");
}

#[test]
fn today_buttons_forecast_and_states_count_each_answer() {
    let (mut engine, _) = engine();
    engine.answer("q-names", Grade::Good, 10_000).unwrap();
    engine.answer("q-sum", Grade::Again, 5_000).unwrap();
    let progress = progress(&engine);

    assert_eq!(progress.today_date, "2026-03-02");
    assert_eq!((progress.today.reviews, progress.today.new_seen), (2, 2));
    assert_eq!(progress.today.time_ms, 15_000);
    assert_eq!(progress.today.accuracy, Some(0.5));
    assert_eq!(progress.buttons[0].kind, "new");
    assert_eq!(progress.buttons[0].grades, vec![1, 0, 1, 0]);
    assert_eq!(*progress.reviews.new.last().unwrap(), 2);
    assert_eq!(*progress.reviews.time_ms.last().unwrap(), 15_000);
    assert_eq!(*progress.heatmap.counts.last().unwrap(), 2);

    // The relearned question is due today; the remembered one after its interval.
    let days = interval(&engine, "q-names") as usize;
    assert_eq!(progress.forecast[0], 1);
    assert_eq!(progress.forecast[days], 1);
    assert_eq!(progress.forecast.iter().sum::<u32>(), 2);

    let basics = &progress.states[0];
    assert_eq!(
        (basics.new, basics.learning, basics.young, basics.mature, basics.retired),
        (2, 1, 1, 0, 0)
    );
}

#[test]
fn true_retention_splits_young_and_mature_reviews() {
    let (mut engine, clock) = engine();
    engine.answer("q-names", Grade::Easy, 1_000).unwrap();
    // Pass young reviews until the interval reaches three weeks.
    let mut young_passed = 0;
    while interval(&engine, "q-names") < 21 {
        clock.advance(Duration::days(interval(&engine, "q-names")));
        engine.answer("q-names", Grade::Easy, 1_000).unwrap();
        young_passed += 1;
    }
    // The first mature review is failed, today.
    clock.advance(Duration::days(interval(&engine, "q-names")));
    engine.answer("q-names", Grade::Again, 1_000).unwrap();

    let progress = engine.progress(StatsRange::Year, None).unwrap();
    let row = |period| progress.retention.iter().find(|r| r.period == period).unwrap();
    let today = row(RetentionPeriod::Today);
    assert_eq!(
        (today.young_reviews, today.mature_passed, today.mature_reviews),
        (0, 0, 1)
    );
    let all = row(RetentionPeriod::All);
    assert!(young_passed >= 1);
    assert_eq!((all.young_passed, all.young_reviews), (young_passed, young_passed));
    assert_eq!((all.mature_passed, all.mature_reviews), (0, 1));
    let mature_buttons = progress.buttons.iter().find(|b| b.kind == "mature").unwrap();
    assert_eq!(mature_buttons.grades, vec![1, 0, 0, 0]);
}

#[test]
fn streaks_follow_study_days_across_the_rollover_and_dst() {
    let (mut engine, clock) = engine();
    // New York moves its clocks forward on 2026-03-08; the day rolls over at 4:00.
    clock.set(new_york(2026, 3, 7, 23));
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    clock.set(new_york(2026, 3, 8, 3));
    engine.answer("q-sum", Grade::Good, 1_000).unwrap();
    clock.set(new_york(2026, 3, 8, 10));
    engine.answer("q-hashable", Grade::Good, 1_000).unwrap();
    clock.set(new_york(2026, 3, 9, 10));
    engine.answer("q-design", Grade::Good, 1_000).unwrap();

    let heatmap = progress(&engine).heatmap;
    assert_eq!(
        heatmap.counts[362..],
        [2, 1, 1],
        "3:00 on the 8th still counts for the 7th"
    );
    assert_eq!((heatmap.current_streak, heatmap.longest_streak), (3, 3));
    assert_eq!(heatmap.days_studied, 3);
    assert_eq!(engine.queue_counts().unwrap().streak, 3);

    clock.set(new_york(2026, 3, 10, 10));
    assert_eq!(
        progress(&engine).heatmap.current_streak,
        3,
        "alive until the day is over"
    );
    clock.set(new_york(2026, 3, 11, 10));
    let heatmap = progress(&engine).heatmap;
    assert_eq!((heatmap.current_streak, heatmap.longest_streak), (0, 3));
}

#[test]
fn undo_takes_the_answer_out_of_every_chart() {
    let (mut engine, _) = engine();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    engine.answer("q-sum", Grade::Good, 1_000).unwrap();
    engine.undo().unwrap();
    let progress = progress(&engine);
    assert_eq!((progress.today.reviews, progress.today.new_seen), (1, 1));
    assert_eq!(progress.forecast.iter().sum::<u32>(), 1);
    assert_eq!(progress.states[0].new, 3);
}

#[test]
fn a_module_filter_limits_every_series_to_that_module() {
    let (mut engine, _) = engine();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    let later = engine.progress(StatsRange::Month, Some("02-later")).unwrap();
    assert_eq!(later.today.reviews, 0);
    assert!(later.states.is_empty(), "02-later has no questions");
    assert_eq!(later.forecast.iter().sum::<u32>(), 0);
    let basics = engine.progress(StatsRange::Month, Some("01-basics")).unwrap();
    assert_eq!(basics.today.reviews, 1);
    assert_eq!(basics.readiness.modules.len(), 1);
}

#[test]
fn readiness_averages_predicted_recall_now_and_on_the_interview_date() {
    let (mut engine, _) = engine();
    engine
        .set_settings(Settings {
            interview_date: Some("2026-04-01".into()),
            ..Settings::default()
        })
        .unwrap();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    engine.answer("q-sum", Grade::Hard, 1_000).unwrap();
    let readiness = progress(&engine).readiness;
    assert_eq!(readiness.interview_date.as_deref(), Some("2026-04-01"));
    let basics = &readiness.modules[0];
    assert_eq!((basics.questions, basics.seen), (4, 2));
    // Both were answered just now (recall 1), the other two never (recall 0).
    assert!((basics.recall_now - 0.5).abs() < 1e-6, "{}", basics.recall_now);
    let on_date = basics.recall_on_date.unwrap();
    assert!(on_date > 0.0 && on_date < basics.recall_now, "{on_date}");
}

#[test]
fn rounds_appear_with_their_score_and_time_per_question() {
    use pyprep_core::content::Difficulty;
    use pyprep_core::rounds::{RoundChange, RoundConfig, RoundMode};
    let (mut engine, clock) = engine();
    let config = RoundConfig {
        preset: Some("Python Developer".into()),
        modules: vec![],
        difficulties: vec![Difficulty::Junior, Difficulty::Mid],
        kinds: vec![],
        questions: 2,
        minutes: 30,
        mode: RoundMode::Interview,
        hide_difficulty: false,
        seed: Some(1),
    };
    let round = engine.start_round(&config).unwrap();
    clock.advance(Duration::seconds(40));
    let answer = RoundChange::Answer {
        position: 0,
        text: "6".into(),
    };
    engine.update_round(round.id, &answer).unwrap();
    engine.finish_round(round.id).unwrap();
    for position in 0..2 {
        engine.score_round_question(round.id, position, &[0, 1]).unwrap();
    }
    let results = engine.complete_round(round.id).unwrap();

    let points = progress(&engine).rounds;
    assert_eq!(points.len(), 1);
    assert_eq!(points[0].preset.as_deref(), Some("Python Developer"));
    assert_eq!(points[0].questions, 2);
    assert_eq!(Some(points[0].score), results.summary.score);
    assert_eq!(
        points[0].seconds_per_question,
        Some(40.0),
        "one answered question took 40 s"
    );
}
