//! The content tests: the real question bank in `content/` loads without a
//! single error, every module is empty or complete, and every `python` block
//! runs on each CPython >= 3.12 found, printing exactly what `output`
//! questions expect.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use pyprep_core::content::{load_dir, outputs_match, Bank, CodeBlock, Question, RunMode};

const BLOCK_TIMEOUT: Duration = Duration::from_secs(60);

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn bank() -> Bank {
    load_dir(&content_dir()).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_module_is_empty_or_holds_exactly_its_planned_count() {
    let bank = bank();
    assert_eq!(bank.modules.len(), 20);
    assert_eq!(bank.modules.iter().map(|m| m.planned).sum::<u32>(), 535);
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
        let required_percent = match module.order {
            1..=12 => 20,
            19 => continue,
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
fn every_python_block_runs_as_marked_on_each_python() {
    let interpreters = interpreters();
    assert!(
        !interpreters.is_empty(),
        "no CPython 3.12 or newer found: install one, or set PYPREP_PYTHON to its path (see content/README.md)"
    );
    let bank = bank();
    // Authors can check one module while writing it: PYPREP_CONTENT_ONLY=02-data-structures
    let only = std::env::var("PYPREP_CONTENT_ONLY").unwrap_or_default();
    let jobs: Vec<(&Question, &CodeBlock, &PathBuf)> = bank
        .questions
        .iter()
        .filter(|q| q.module.starts_with(&only))
        .flat_map(|q| q.code_blocks.iter().map(move |b| (q, b)))
        .filter(|(_, block)| block.mode != RunMode::Fragment)
        .flat_map(|(q, b)| interpreters.iter().map(move |python| (q, b, python)))
        .collect();
    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(jobs.iter());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let Some((question, block, python)) = next.lock().unwrap().next().copied() else {
                    break;
                };
                if let Err(message) = check_block(question, block, python) {
                    failures.lock().unwrap().push(format!(
                        "content/{}:{} ({}): {message}",
                        question.path,
                        block.line,
                        python.display()
                    ));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    println!(
        "ran {} python blocks on {} interpreter(s)",
        jobs.len() / interpreters.len(),
        interpreters.len()
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

struct Run {
    success: bool,
    stdout: String,
    stderr: String,
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

/// Runs `code` as a script file in a fresh temporary folder (a file, not stdin, so
/// multiprocessing can re-import the main module), or only compiles it.
fn run_python(python: &Path, code: &str, compile_only: bool) -> Result<Run, String> {
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    let script = scratch.path().join("block.py");
    std::fs::write(&script, code).map_err(|e| e.to_string())?;
    let mut command = Command::new(python);
    command.args(["-I", "-X", "utf8"]);
    if compile_only {
        command.args([
            "-c",
            "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), 'block.py', 'exec')",
        ]);
    }
    let mut child = command
        .arg(&script)
        .current_dir(scratch.path())
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", python.display()))?;
    let started = Instant::now();
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if started.elapsed() > BLOCK_TIMEOUT {
            child.kill().ok();
            return Err(format!("still running after {} s", BLOCK_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    Ok(Run {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// Every distinct CPython >= 3.12 on this machine (see content/README.md).
fn interpreters() -> Vec<PathBuf> {
    let mut candidates: Vec<PathBuf> = match std::env::var("PYPREP_PYTHON") {
        Ok(list) => list.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect(),
        Err(_) => {
            let mut found: Vec<PathBuf> = ["python3.12", "python3.13", "python3.14", "python3"]
                .iter()
                .map(PathBuf::from)
                .collect();
            let pyenv_root = std::env::var_os("PYENV_ROOT")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".pyenv")));
            if let Some(versions) = pyenv_root.map(|root| root.join("versions")) {
                if let Ok(entries) = std::fs::read_dir(versions) {
                    found.extend(entries.flatten().map(|entry| entry.path().join("bin/python3")));
                }
            }
            found
        }
    };
    candidates.dedup();
    let mut seen_versions = Vec::new();
    let mut interpreters = Vec::new();
    for candidate in candidates {
        let Ok(output) = Command::new(&candidate)
            .args([
                "-c",
                "import sys; print(sys.version_info[0], sys.version_info[1], sys.implementation.name)",
            ])
            .output()
        else {
            continue;
        };
        let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let parts: Vec<&str> = version.split(' ').collect();
        let modern = matches!(parts.as_slice(), ["3", minor, "cpython"] if minor.parse::<u32>().is_ok_and(|m| m >= 12));
        if output.status.success() && modern && !seen_versions.contains(&version) {
            seen_versions.push(version);
            interpreters.push(candidate);
        }
    }
    interpreters
}

/// Two titles ask nearly the same thing when they share most of their content words.
const SAME_QUESTION_OVERLAP: f64 = 0.7;

const FILLER_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "between", "by", "can", "do", "does", "for", "from", "how", "i", "in",
    "into", "is", "it", "its", "of", "on", "or", "python", "should", "that", "the", "this", "to", "use", "using", "vs",
    "what", "when", "where", "which", "why", "with", "would", "you", "your",
];

fn title_words(title: &str) -> std::collections::BTreeSet<String> {
    title
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| word.len() > 1 && !FILLER_WORDS.contains(word))
        .map(|word| match word.strip_suffix('s') {
            Some(stem) if stem.len() > 3 && !stem.ends_with('s') => stem.to_owned(),
            _ => word.to_owned(),
        })
        .collect()
}

fn title_overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (title_words(a), title_words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

#[test]
fn no_two_questions_in_the_bank_ask_the_same_thing() {
    let bank = bank();
    let mut clashes = Vec::new();
    for (index, first) in bank.questions.iter().enumerate() {
        for second in &bank.questions[index + 1..] {
            let overlap = title_overlap(&first.title, &second.title);
            if overlap >= SAME_QUESTION_OVERLAP {
                clashes.push(format!(
                    "content/{} and content/{} ask nearly the same question ({:.0}% of title words shared):\n  {}\n  {}",
                    first.path,
                    second.path,
                    overlap * 100.0,
                    first.title,
                    second.title
                ));
            }
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

#[test]
fn near_same_titles_are_recognised() {
    assert!(title_overlap("What is the GIL?", "What's the GIL in Python?") >= SAME_QUESTION_OVERLAP);
    assert!(
        title_overlap(
            "What is the difference between a list and a tuple?",
            "List vs tuple: what is the difference?"
        ) >= SAME_QUESTION_OVERLAP
    );
    assert!(title_overlap("How do dict lookups work?", "How does a deque append work?") < SAME_QUESTION_OVERLAP);
}
