//! The content loader against mutated question files of every kind: a broken
//! file gives errors naming file and line, never a panic.

use std::cell::Cell;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use pyprep_core::content::load_bank;

pub const CASES: u32 = 100_000;

const SEEDS: [&str; 5] = [
    "modules/02-data-structures/chainmap-choice.md",
    "modules/02-data-structures/append-vs-extend-output.md",
    "modules/01-fundamentals/a-dis-evaluation-loop.md",
    "modules/20-coding-challenges/two-sum.md",
    "modules/19-system-design/caching-strategy.md",
];

/// Lines that mean something to the loader, spliced in at random places.
const MEANINGFUL: [&str; 20] = [
    "+++",
    "## Answer",
    "## Tests",
    "## Prompt",
    "## Options",
    "## Key points",
    "## Solution",
    "## Wrong solutions",
    "```python",
    "```",
    "```python norun",
    "- [x] yes",
    "- [ ] no",
    "kind = \"challenge\"",
    "id = \"dup\"",
    "time_limit = 0",
    "runtime = \"cpython\"",
    "difficulty = \"impossible\"",
    "case(\"f()\", 1, hidden=True)",
    "\u{0}\u{feff}é🙂",
];

#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    InsertLine(usize, usize),
    TruncateAt(usize),
    Char(usize, char),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (any::<usize>(), 0..MEANINGFUL.len()).prop_map(|(at, which)| Edit::InsertLine(at, which)),
        any::<usize>().prop_map(Edit::TruncateAt),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Edit::Char(at, c)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for edit in edits {
        let len = lines.len().max(1);
        match edit {
            Edit::DeleteLine(at) if !lines.is_empty() => {
                lines.remove(at % len);
            }
            Edit::DuplicateLine(at) if !lines.is_empty() => {
                let line = lines[at % len].clone();
                lines.insert(at % len, line);
            }
            Edit::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % len, b % len),
            Edit::InsertLine(at, which) => lines.insert((at % len).min(lines.len()), MEANINGFUL[*which].to_owned()),
            Edit::TruncateAt(at) => lines.truncate(at % len),
            Edit::Char(at, c) if !lines.is_empty() => {
                let line = &mut lines[at % len];
                let cut = line
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(at % (line.chars().count() + 1))
                    .unwrap_or(line.len());
                line.insert(cut, *c);
            }
            _ => {}
        }
    }
    lines.join("\n")
}

pub fn the_content_loader_never_panics() -> String {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let read = |path: &str| std::fs::read_to_string(content.join(path)).unwrap();
    let roles = read("roles.toml");
    let version = read("bank.toml");
    // Every module's `module.toml`, so the roles' presets resolve and an unchanged file loads.
    let mut modules: Vec<(String, String)> = std::fs::read_dir(content.join("modules"))
        .unwrap()
        .map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let path = format!("modules/{name}/module.toml");
            let text = read(&path);
            (path, text)
        })
        .collect();
    modules.sort();
    let seeds: Vec<(&str, String)> = SEEDS.iter().map(|path| (*path, read(path))).collect();
    let bank_with = |path: &str, question: &str, module_edit: Option<&str>| {
        let module_path = format!("{}/module.toml", Path::new(path).parent().unwrap().display());
        let mut files: Vec<(&str, &str)> = vec![
            ("bank.toml", version.as_str()),
            ("roles.toml", roles.as_str()),
            (path, question),
        ];
        for (module, text) in &modules {
            let text = if *module == module_path {
                module_edit.unwrap_or(text)
            } else {
                text
            };
            files.push((module.as_str(), text));
        }
        load_bank(files)
    };
    for (path, text) in &seeds {
        assert!(bank_with(path, text, None).is_ok(), "{path} loads unchanged");
    }
    let inputs = (0..SEEDS.len(), prop::collection::vec(edit(), 1..6), any::<bool>());
    let (tried, loaded) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&inputs, |(seed, edits, break_module)| {
            tried.set(tried.get() + 1);
            let (path, text) = &seeds[seed];
            let question = apply(text, &edits);
            let module_path = format!("{}/module.toml", Path::new(path).parent().unwrap().display());
            let module = modules
                .iter()
                .find(|(p, _)| *p == module_path)
                .map(|(_, t)| apply(t, &edits));
            let module = if break_module { module.as_deref() } else { None };
            match bank_with(path, &question, module) {
                Ok(_) => loaded.set(loaded.get() + 1),
                Err(errors) => assert!(errors.iter().all(|e| !e.path.is_empty() && !e.message.is_empty())),
            }
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
    assert!(tried.get() >= CASES);
    format!(
        "{} inputs, 0 panics, {} still loaded, the rest gave errors naming file and line",
        tried.get(),
        loaded.get()
    )
}
