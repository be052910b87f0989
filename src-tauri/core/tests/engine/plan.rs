use chrono::Duration;
use pyprep_core::plan::PlanBasis;
use pyprep_core::scheduler::Grade;
use pyprep_core::{Engine, Settings};

use crate::fixtures::{bank_from, files, new_york, question, ROLES};
use pyprep_core::clock::ManualClock;

/// The standard bank plus six questions in module two, so the "Data Engineer"
/// role (01-basics weight 1, 02-later weight 3) has ten priority questions.
fn engine_with_two_modules() -> (Engine, ManualClock) {
    let mut files = files();
    for n in 0..6 {
        files.push((
            format!("modules/02-later/later-{n}.md"),
            question(
                &format!("q-later-{n}"),
                &format!("Later topic number {n}"),
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

fn plan_for(engine: &mut Engine, role: Option<&str>, date: Option<&str>) {
    engine
        .set_settings(Settings {
            target_role: role.map(Into::into),
            interview_date: date.map(Into::into),
            ..Settings::default()
        })
        .unwrap();
}

#[test]
fn without_a_date_the_daily_limits_apply() {
    let (mut engine, _) = engine_with_two_modules();
    plan_for(&mut engine, None, None);
    let plan = engine.study_plan().unwrap();
    assert_eq!(plan.basis, PlanBasis::DailyLimits);
    assert_eq!((plan.new_quota, plan.days_left), (10, None));
    assert_eq!(plan.new_questions.len(), 10);
    assert_eq!(
        plan.new_questions[0].module_title, "Basics",
        "module order without a role"
    );
}

#[test]
fn a_date_paces_the_roles_questions_evenly_heaviest_module_first() {
    let (mut engine, _) = engine_with_two_modules();
    plan_for(&mut engine, Some("Data Engineer"), Some("2026-03-07"));
    let plan = engine.study_plan().unwrap();
    assert_eq!(plan.basis, PlanBasis::InterviewDate);
    assert_eq!(plan.days_left, Some(5));
    assert_eq!((plan.priority_questions, plan.priority_unseen), (10, 10));
    assert_eq!(plan.new_quota, 2, "10 questions over 5 days");
    assert_eq!(engine.queue_counts().unwrap().new, 2);
    assert_eq!(plan.new_questions.len(), 2);
    assert_eq!(plan.new_questions[0].module_title, "Later", "weight 3 goes first");
    let next = engine.next_review().unwrap().unwrap();
    assert_eq!(next.question.id, plan.new_questions[0].id, "the queue follows the plan");

    // The quota holds for the rest of the day as questions are introduced.
    engine.answer(&next.question.id, Grade::Good, 1_000).unwrap();
    let plan = engine.study_plan().unwrap();
    assert_eq!(
        (plan.new_quota, plan.counts.new_done_today, plan.new_questions.len()),
        (2, 1, 1)
    );
}

#[test]
fn following_the_plan_introduces_every_priority_question_before_the_date() {
    let (mut engine, clock) = engine_with_two_modules();
    plan_for(&mut engine, Some("Data Engineer"), Some("2026-03-09"));
    let mut quotas = Vec::new();
    while engine.study_plan().unwrap().basis == PlanBasis::InterviewDate {
        quotas.push(engine.study_plan().unwrap().new_quota);
        while let Some(item) = engine.next_review().unwrap() {
            engine.answer(&item.question.id, Grade::Good, 1_000).unwrap();
        }
        clock.advance(Duration::days(1));
    }
    // Ten questions over seven days: what is left, spread over the days left.
    assert_eq!(quotas, vec![2, 2, 2, 1, 1, 1, 1]);
    let plan = engine.study_plan().unwrap();
    assert_eq!(plan.basis, PlanBasis::DatePassed);
    assert_eq!(plan.priority_unseen, 0);
    assert_eq!(plan.readiness.len(), 2);
    assert!(plan.readiness.iter().all(|m| m.seen == m.questions));
}

#[test]
fn a_role_the_bank_no_longer_has_counts_as_no_role() {
    let (mut engine, _) = engine_with_two_modules();
    plan_for(&mut engine, Some("Data Engineer"), Some("2026-03-12"));
    // A later bank renames the role; the saved setting still names the old one.
    let mut renamed = files();
    renamed[0].1 = ROLES.replace("Data Engineer", "Analytics Engineer");
    for n in 0..6 {
        renamed.push((
            format!("modules/02-later/later-{n}.md"),
            question(
                &format!("q-later-{n}"),
                &format!("Later topic number {n}"),
                "mid",
                "concept",
                "",
            )
            .replace("Python Developer", "Analytics Engineer"),
        ));
    }
    engine.sync_content(&bank_from(&renamed), "renamed").unwrap();
    let plan = engine.study_plan().unwrap();
    assert_eq!(plan.target_role, None);
    assert_eq!(plan.priority_questions, 10);
    assert_eq!(plan.new_quota, 1, "10 questions over 10 days");
}

#[test]
fn the_plan_tells_the_engines_local_time_with_its_offset() {
    let (engine, clock) = engine_with_two_modules();
    assert_eq!(engine.study_plan().unwrap().now, "2026-03-02T10:00:00-05:00");
    clock.set(new_york(2026, 3, 9, 21) + Duration::seconds(7));
    assert_eq!(
        engine.study_plan().unwrap().now,
        "2026-03-09T21:00:07-04:00",
        "New York's clocks went forward on March 8"
    );
}
