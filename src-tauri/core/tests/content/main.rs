//! The content tests: the real question bank in `content/` loads without a
//! single error, every module is empty or complete, and every `python` block
//! runs as marked, printing exactly what `output` questions expect. Modules of
//! standard-library code run on each CPython >= 3.12 found; modules with
//! `packages = true` run in a cached venv built from `content/requirements.txt`
//! on the newest of them.

mod anki;
mod challenges;
mod key_points;
mod node;
mod parallel;
mod pyodide;
mod python;
mod titles;
mod venv;

use std::path::{Path, PathBuf};
use std::time::Instant;

use pyprep_core::content::{load_dir, outputs_match, Bank, CodeBlock, ModulePart, Question, RunMode};
use python::{deprecation, interpreters, run_python, Run};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// The module folders a run is limited to, e.g. `PYPREP_CONTENT_ONLY=02-data-structures`
/// (a prefix; empty means every module), so authors can check one module while writing it.
fn only_prefix() -> String {
    std::env::var("PYPREP_CONTENT_ONLY").unwrap_or_default()
}

fn bank() -> Bank {
    load_dir(&content_dir()).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_module_is_empty_or_holds_exactly_its_planned_count() {
    let bank = bank();
    // The handbook's 20 modules (535 questions), then five beyond it (120).
    assert_eq!(bank.modules.len(), 25);
    let handbook = bank.modules.iter().filter(|m| m.part == ModulePart::Handbook);
    assert_eq!(handbook.clone().count(), 20);
    assert!(bank
        .modules
        .iter()
        .all(|m| (m.part == ModulePart::Handbook) == (m.order <= 20)));
    assert_eq!(handbook.map(|m| m.planned).sum::<u32>(), 535);
    assert_eq!(bank.modules.iter().map(|m| m.planned).sum::<u32>(), 655);
    for module in &bank.modules {
        let count = bank.questions.iter().filter(|q| q.module == module.slug).count() as u32;
        assert!(
            count == 0 || count == module.planned,
            "{} holds {count} questions, planned {}",
            module.slug,
            module.planned
        );
    }
}

#[test]
fn every_written_module_has_enough_output_and_choice_questions() {
    let bank = bank();
    for module in &bank.modules {
        let questions: Vec<&Question> = bank.questions.iter().filter(|q| q.module == module.slug).collect();
        // The bank's plan: 20% app-graded questions in the language modules (1 to 12),
        // 15% in the applied ones, none required in system design (19).
        // Challenges (20) are graded by their tests, so they need none either. The
        // modules beyond the handbook (21 to 25) hold 20%.
        let required_percent = match module.order {
            1..=12 | 21.. => 20,
            19 | 20 => continue,
            _ => 15,
        };
        if questions.is_empty() {
            continue;
        }
        let gradable = questions
            .iter()
            .filter(|q| {
                matches!(
                    q.kind,
                    pyprep_core::content::QuestionKind::Output | pyprep_core::content::QuestionKind::Choice
                )
            })
            .count();
        assert!(
            gradable * 100 >= questions.len() * required_percent,
            "{}: only {gradable} of {} questions are output or choice, {required_percent}% needed",
            module.slug,
            questions.len()
        );
    }
}

#[test]
fn every_python_block_runs_as_marked() {
    let interpreters = interpreters();
    let Some(newest) = interpreters.last() else {
        panic!("no CPython 3.12 or newer found: install one, or set PYPREP_PYTHON to its path (see content/README.md)");
    };
    let bank = bank();
    let only = only_prefix();
    let chosen: Vec<&Question> = bank.questions.iter().filter(|q| q.module.starts_with(&only)).collect();
    let uses_packages = |question: &Question| bank.modules.iter().any(|m| m.slug == question.module && m.packages);
    let venv_python = if chosen.iter().any(|q| uses_packages(q)) {
        Some(venv::packages_python(newest).unwrap_or_else(|error| panic!("{error}")))
    } else {
        None
    };
    let jobs: Vec<(&Question, &CodeBlock, &PathBuf)> = chosen
        .iter()
        .flat_map(|q| q.code_blocks.iter().map(move |b| (*q, b)))
        .filter(|(_, block)| block.mode != RunMode::Fragment)
        .flat_map(|(q, b)| {
            let pythons: Vec<&PathBuf> = match &venv_python {
                Some(venv) if uses_packages(q) => vec![venv],
                _ => interpreters.iter().collect(),
            };
            pythons.into_iter().map(move |python| (q, b, python))
        })
        .collect();
    let started = Instant::now();
    let failures = parallel::failures(&jobs, |(question, block, python)| {
        check_block(question, block, python).map_err(|message| {
            format!(
                "content/{}:{} ({}): {message}",
                question.path,
                block.line,
                python.display()
            )
        })
    });
    println!(
        "ran {} block runs ({} interpreter(s), packages in {}) in {:.1} s",
        jobs.len(),
        interpreters.len(),
        venv_python
            .as_ref()
            .map_or("no venv".into(), |p| p.display().to_string()),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} block(s) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn check_block(question: &Question, block: &CodeBlock, python: &Path) -> Result<(), String> {
    let compile_only = block.mode == RunMode::CompileOnly;
    let run = run_python(python, &block.code, compile_only)?;
    let last_error_line = run
        .stderr
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .to_owned();
    match &block.mode {
        RunMode::Raises(expected) => {
            let raised = last_error_line.split(':').next().unwrap_or("");
            let matches = raised == expected || raised.ends_with(&format!(".{expected}"));
            if run.success || !matches {
                return Err(format!(
                    "should raise {expected}, but {}",
                    describe(&run, &last_error_line)
                ));
            }
        }
        _ if !run.success => return Err(format!("failed: {}", describe(&run, &last_error_line))),
        _ => {}
    }
    if let Some(warning) = deprecation(&run.stderr) {
        return Err(format!("raised a deprecation warning: {}", warning.trim()));
    }
    if block.is_output_prompt {
        let expected = question.expected_output.as_deref().unwrap_or_default();
        if !outputs_match(expected, &run.stdout) {
            return Err(format!(
                "prints\n{}\nbut the expected output says\n{expected}",
                run.stdout
            ));
        }
    }
    Ok(())
}

fn describe(run: &Run, last_error_line: &str) -> String {
    if run.success {
        "it exited normally".into()
    } else {
        format!("it ended with: {last_error_line}\n{}", tail(&run.stderr, 12))
    }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
