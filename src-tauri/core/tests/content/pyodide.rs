//! The bank under Pyodide (Python 3.14 on WebAssembly), run in Node through
//! the app's own harness, as the app runs it: every challenge that may run
//! anywhere is solved by its reference solution within its time limit, and
//! every standard-library block of modules 1 to 12 runs as marked, printing
//! what its output question expects. A block marked `nowasm` must fail there,
//! or the marker is stale.

use std::path::Path;
use std::time::Instant;

use pyprep_core::content::{load_dir, outputs_match, Bank, CodeBlock, Question, RunMode, Runtime};
use pyprep_core::runner::{BlockResult, ChallengeResult, RunOutcome, RunResult};
use serde_json::{json, Value};

use super::challenges::{at_line, first_problem};
use super::{bank, node, only_prefix};

/// The language modules, whose code is standard library only.
const LANGUAGE_MODULES: std::ops::RangeInclusive<u32> = 1..=12;

enum Check<'a> {
    Solution(&'a Question),
    Block(&'a Question, &'a CodeBlock),
}

fn checks<'a>(bank: &'a Bank, only: &str) -> Vec<Check<'a>> {
    let language = |question: &Question| {
        bank.modules
            .iter()
            .any(|m| m.slug == question.module && LANGUAGE_MODULES.contains(&m.order) && !m.packages)
    };
    let mut checks = Vec::new();
    for question in bank.questions.iter().filter(|q| q.module.starts_with(only)) {
        if question.challenge.as_ref().is_some_and(|c| c.runtime == Runtime::Any) {
            checks.push(Check::Solution(question));
        }
        if language(question) {
            let blocks = question.code_blocks.iter().filter(|b| b.mode != RunMode::Fragment);
            checks.extend(blocks.map(|block| Check::Block(question, block)));
        }
    }
    checks
}

/// A label for messages, and the job for `scripts/pyodide-check.mjs`.
fn job(check: &Check) -> (String, Value) {
    match check {
        Check::Solution(question) => {
            let challenge = question.challenge.as_ref().unwrap();
            let label = format!("content/{}:{} (the solution)", question.path, challenge.solution.line);
            let job = json!({
                "mode": "challenge", "code": challenge.solution.code, "tests": challenge.tests.code, "hidden": true,
            });
            (label, job)
        }
        Check::Block(question, block) => {
            let code = match block.mode {
                // A JSON string is a valid Python string literal.
                RunMode::CompileOnly => format!("compile({}, 'example.py', 'exec')", json!(block.code)),
                _ => block.code.clone(),
            };
            let label = format!("content/{}:{}", question.path, block.line);
            (label, json!({ "mode": "block", "code": code }))
        }
    }
}

fn verdict(check: &Check, answer: Result<Value, String>) -> Result<(), String> {
    match check {
        Check::Solution(question) => {
            let limit_s = question.challenge.as_ref().unwrap().time_limit_s;
            solution_problem(answer, limit_s)
                .map_or(Ok(()), |problem| Err(format!("must pass every test, but {problem}")))
        }
        Check::Block(question, block) => {
            let expected = block
                .is_output_prompt
                .then(|| question.expected_output.as_deref().unwrap_or(""));
            match (block.runs_on_wasm, block_problem(block, expected, answer)) {
                (true, Some(problem)) => Err(problem),
                (false, None) => Err("runs as marked under Pyodide: remove `nowasm`".into()),
                _ => Ok(()),
            }
        }
    }
}

fn result(answer: Result<Value, String>) -> Result<RunResult, String> {
    serde_json::from_value(answer?).map_err(|e| format!("the harness's result did not parse: {e}"))
}

fn solution_problem(answer: Result<Value, String>, limit_s: u32) -> Option<String> {
    let result = match result(answer) {
        Ok(RunResult::Challenge(result)) => result,
        Ok(other) => return Some(format!("the harness reported {other:?}")),
        Err(problem) => return Some(problem),
    };
    let seconds = total_ms(&result) / 1000.0;
    let outcome = RunOutcome {
        result: Some(RunResult::Challenge(result)),
        timed_out: None,
        crashed: None,
        planned: None,
        finished: Vec::new(),
    };
    first_problem(&outcome, limit_s).or_else(|| {
        (seconds > f64::from(limit_s)).then(|| format!("it took {seconds:.1} s, over its {limit_s} s limit"))
    })
}

fn total_ms(result: &ChallengeResult) -> f64 {
    result.setup.ms + result.tests.iter().map(|test| test.ms).sum::<f64>()
}

/// What keeps a block from running as marked, or None when it does.
fn block_problem(block: &CodeBlock, expected_output: Option<&str>, answer: Result<Value, String>) -> Option<String> {
    let result = match result(answer) {
        Ok(RunResult::Block(result)) => result,
        Ok(other) => return Some(format!("the harness reported {other:?}")),
        Err(problem) => return Some(problem),
    };
    let raised = result.error.as_ref().map(|error| error.kind.as_str());
    match (&block.mode, raised) {
        (RunMode::Raises(expected), Some(raised))
            if expected == raised || expected.ends_with(&format!(".{raised}")) => {}
        (RunMode::Raises(expected), _) => return Some(format!("should raise {expected}, but {}", describe(&result))),
        (_, Some(_)) => return Some(format!("failed: {}", describe(&result))),
        (_, None) => {}
    }
    match expected_output {
        Some(expected) if result.truncated || !outputs_match(expected, &result.stdout) => Some(format!(
            "prints\n{}\nbut the expected output says\n{expected}",
            result.stdout
        )),
        _ => None,
    }
}

fn describe(result: &BlockResult) -> String {
    let Some(error) = &result.error else {
        return "it exited normally".into();
    };
    let traceback = error.traceback.as_deref().unwrap_or("");
    let lines: Vec<&str> = traceback.lines().collect();
    let last = lines[lines.len().saturating_sub(8)..].join("\n");
    format!(
        "it ended with {}: {}{}\n{last}",
        error.kind,
        error.message,
        at_line(error.line)
    )
}

/// Runs the checks; the failures, each naming the file and line.
fn run_checks(checks: &[Check]) -> Vec<String> {
    let jobs: Vec<(String, Value)> = checks.iter().map(job).collect();
    let answers = node::run_all(&jobs).unwrap_or_else(|problem| panic!("{problem}"));
    let verdicts = checks.iter().zip(jobs).zip(answers);
    verdicts
        .filter_map(|((check, (label, _)), answer)| {
            verdict(check, answer)
                .err()
                .map(|problem| format!("{label}: {problem}"))
        })
        .collect()
}

#[test]
fn every_challenge_and_standard_library_block_runs_under_pyodide() {
    let bank = bank();
    let checks = checks(&bank, &only_prefix());
    let started = Instant::now();
    let failures = run_checks(&checks);
    let solutions = checks
        .iter()
        .filter(|check| matches!(check, Check::Solution(_)))
        .count();
    println!(
        "ran {} solution(s) and {} block(s) under Pyodide in {:.1} s",
        solutions,
        checks.len() - solutions,
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} run(s) failed under Pyodide (mark a block that cannot run on WebAssembly `python nowasm`):\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The check has teeth: a broken solution, a block that cannot run on
/// WebAssembly, and a stale `nowasm` marker are all flagged.
#[test]
fn the_pyodide_check_flags_failures_and_stale_nowasm_markers() {
    let fixtures = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/challenge-bank")).unwrap();
    let threads = "import threading\nthreading.Thread(target=print).start()\n";
    let blocks: Vec<CodeBlock> = [(threads, true), (threads, false), ("print(1)\n", false)]
        .into_iter()
        .enumerate()
        .map(|(line, (code, runs_on_wasm))| CodeBlock {
            line,
            mode: RunMode::Run,
            code: code.into(),
            is_output_prompt: false,
            runs_on_wasm,
        })
        .collect();
    let question = &fixtures.questions[0];
    let mut checks = checks(&fixtures, "");
    checks.extend(blocks.iter().map(|block| Check::Block(question, block)));
    let failures = run_checks(&checks);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    assert!(failures[0]
        .contains("broken.md:33 (the solution): must pass every test, but test \"a negative number\" failed"));
    assert!(failures[1].contains(":0: failed: it ended with RuntimeError: this runtime cannot start threads"));
    assert!(failures[2].ends_with(":2: runs as marked under Pyodide: remove `nowasm`"));
}
