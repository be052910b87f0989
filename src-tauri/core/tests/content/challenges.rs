//! Every coding challenge judges right: its reference solution passes every
//! test, hidden ones included, within its time limit on each CPython found;
//! its starter code fails at least one test; and on the newest CPython each
//! wrong solution fails at least one (running out of time counts). The runs go
//! through the engine's runner, the path the app takes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pyprep_core::content::{load_dir, Question, SourceBlock};
use pyprep_core::runner::{run, RunOutcome, RunRequest, RunResult, TestStatus, DEFAULT_MEMORY_MB};

use super::python::interpreters;
use super::{bank, only_prefix, parallel};

/// One run of one piece of a challenge's code, and what it must do.
pub struct Job<'a> {
    question: &'a Question,
    /// "the solution", "the starter code", "wrong solution 2".
    what: String,
    code: &'a SourceBlock,
    must_pass: bool,
    python: &'a Path,
}

/// The runs that check `questions`' challenges on `interpreters` (oldest first).
pub fn jobs<'a>(questions: &[&'a Question], interpreters: &'a [PathBuf]) -> Vec<Job<'a>> {
    let Some(newest) = interpreters.last() else {
        return Vec::new();
    };
    let mut jobs = Vec::new();
    for question in questions {
        let Some(challenge) = &question.challenge else {
            continue;
        };
        for python in interpreters {
            jobs.push(Job {
                question,
                what: "the solution".into(),
                code: &challenge.solution,
                must_pass: true,
                python,
            });
        }
        jobs.push(Job {
            question,
            what: "the starter code".into(),
            code: &challenge.starter,
            must_pass: false,
            python: newest,
        });
        for (index, wrong) in challenge.wrong_solutions.iter().enumerate() {
            jobs.push(Job {
                question,
                what: format!("wrong solution {}", index + 1),
                code: wrong,
                must_pass: false,
                python: newest,
            });
        }
    }
    jobs
}

/// Runs the jobs in parallel; the failures, each naming the file and line, the code and the test.
pub fn check_all(jobs: &[Job]) -> Vec<String> {
    parallel::failures(jobs, |job| {
        check(job).map_err(|problem| {
            format!(
                "content/{}:{}: {} ({}) {problem}",
                job.question.path,
                job.code.line,
                job.what,
                job.python.display()
            )
        })
    })
}

fn check(job: &Job) -> Result<(), String> {
    let challenge = job.question.challenge.as_ref().expect("jobs are made from challenges");
    let request = RunRequest::Challenge {
        code: job.code.code.clone(),
        tests: challenge.tests.code.clone(),
        include_hidden: true,
    };
    let limit = Duration::from_secs(u64::from(challenge.time_limit_s));
    let outcome = run(job.python, &request, limit, DEFAULT_MEMORY_MB).map_err(|error| error.to_string())?;
    match (job.must_pass, first_problem(&outcome, challenge.time_limit_s)) {
        (true, Some(problem)) => Err(format!("must pass every test, but {problem}")),
        (false, None) => Err("must fail at least one test, but passes them all".into()),
        _ => Ok(()),
    }
}

/// What keeps a run from passing every test, or None when it passed them all.
pub fn first_problem(outcome: &RunOutcome, limit_s: u32) -> Option<String> {
    if let Some(timed_out) = &outcome.timed_out {
        return Some(format!(
            "the {limit_s} s time limit stopped it during test {:?}",
            timed_out.name
        ));
    }
    if let Some(crash) = &outcome.crashed {
        return Some(format!("it crashed: {crash}"));
    }
    let result = match &outcome.result {
        Some(RunResult::Challenge(result)) => result,
        other => return Some(format!("the harness reported {other:?}")),
    };
    if let Some(error) = &result.error {
        return Some(format!(
            "it stopped with {:?}: {}: {}{}",
            result.status,
            error.kind,
            error.message,
            at_line(error.line)
        ));
    }
    if result.total == 0 {
        return Some("the tests block declares no tests".into());
    }
    let test = result.tests.iter().find(|test| test.status != TestStatus::Passed)?;
    Some(match (&test.error, &test.message) {
        (Some(error), _) => format!(
            "test {:?} raised {}: {}{}",
            test.name,
            error.kind,
            error.message,
            at_line(error.line)
        ),
        (None, message) => format!(
            "test {:?} failed{}: expected {}, got {}",
            test.name,
            message.as_ref().map_or(String::new(), |m| format!(" ({m})")),
            test.expected.as_deref().unwrap_or("-"),
            test.actual.as_deref().unwrap_or("-")
        ),
    })
}

/// " (line N)" of the user's code, when the error arose there.
pub fn at_line(line: Option<u32>) -> String {
    line.map_or(String::new(), |line| format!(" (line {line})"))
}

#[test]
fn every_challenge_is_solved_by_its_solution_and_not_by_its_starter_or_wrong_solutions() {
    let interpreters = interpreters();
    assert!(
        !interpreters.is_empty(),
        "no CPython 3.12 or newer found: install one, or set PYPREP_PYTHON (see content/README.md)"
    );
    let bank = bank();
    let only = only_prefix();
    let questions: Vec<&Question> = bank.questions.iter().filter(|q| q.module.starts_with(&only)).collect();
    let jobs = jobs(&questions, &interpreters);
    let started = Instant::now();
    let failures = check_all(&jobs);
    println!(
        "ran {} challenge runs ({} challenge(s), {} interpreter(s)) in {:.1} s",
        jobs.len(),
        questions.iter().filter(|q| q.challenge.is_some()).count(),
        interpreters.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} challenge run(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The check has teeth: on the fixture bank it passes a sound challenge, whose
/// quadratic wrong solution must run out of time, and flags every problem of a
/// broken one.
#[test]
fn the_challenge_check_flags_a_broken_challenge() {
    let interpreters = interpreters();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/challenge-bank");
    let bank = load_dir(&fixtures).unwrap_or_else(|error| panic!("{error}"));
    let questions: Vec<&Question> = bank.questions.iter().collect();
    let newest = &interpreters[interpreters.len() - 1..];
    let failures = check_all(&jobs(&questions, newest));
    let broken = "content/modules/01-challenges/broken.md";
    assert_eq!(
        failures,
        [
            format!(
                "{broken}:33: the solution ({}) must pass every test, but test \"a negative number\" failed: expected 4, got -4",
                newest[0].display()
            ),
            format!(
                "{broken}:15: the starter code ({}) must fail at least one test, but passes them all",
                newest[0].display()
            ),
            format!(
                "{broken}:42: wrong solution 1 ({}) must fail at least one test, but passes them all",
                newest[0].display()
            ),
        ]
    );

    let quadratic = jobs(&questions, newest)
        .into_iter()
        .find(|job| job.question.id == "fx-has-duplicate" && job.what == "wrong solution 2")
        .unwrap();
    let challenge = quadratic.question.challenge.as_ref().unwrap();
    let request = RunRequest::Challenge {
        code: quadratic.code.code.clone(),
        tests: challenge.tests.code.clone(),
        include_hidden: true,
    };
    let outcome = run(quadratic.python, &request, Duration::from_secs(2), DEFAULT_MEMORY_MB).unwrap();
    assert_eq!(outcome.timed_out.unwrap().name, "100,000 distinct numbers");
}
