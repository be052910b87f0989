//! The Anki export of the real bank, imported by Anki's own library (the
//! `anki` package, in a cached venv): every question arrives as a note in its
//! module's deck with its answer, key points and tags, and importing a second
//! time updates the notes instead of adding copies.

use std::collections::HashMap;
use std::process::Command;

use pyprep_core::clock::ManualClock;
use pyprep_core::Engine;
use serde::Deserialize;

use super::{bank, python::interpreters, venv};

#[derive(Deserialize)]
struct Imported {
    new: usize,
    problems: usize,
    second_import_new: usize,
    second_import_unchanged: usize,
    notes: HashMap<String, Note>,
}

#[derive(Deserialize)]
struct Note {
    front: String,
    back: String,
    tags: Vec<String>,
    deck: String,
    notetype: String,
}

fn import_with_anki(export: &[u8]) -> Imported {
    let newest = interpreters().pop().expect("a CPython 3.12 or newer on PATH");
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/content/anki");
    let python = venv::python_with(&newest, &here.join("requirements.txt")).unwrap_or_else(|error| panic!("{error}"));
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("pyprep.txt");
    std::fs::write(&file, export).unwrap();
    let output = Command::new(python)
        .arg(here.join("import_check.py"))
        .arg(&file)
        .env("HOME", folder.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_whole_bank_imports_into_anki_as_one_note_per_question() {
    let bank = bank();
    let clock = ManualClock::new(chrono::DateTime::parse_from_rfc3339("2026-03-02T10:00:00+00:00").unwrap());
    let engine = Engine::in_memory(&bank, Box::new(clock)).unwrap();
    let (export, count) = engine.export_anki(None).unwrap();
    assert_eq!(count as usize, bank.questions.len());

    let imported = import_with_anki(&export);
    assert_eq!((imported.new, imported.problems), (bank.questions.len(), 0));
    assert_eq!(imported.notes.len(), bank.questions.len());
    assert_eq!(
        imported.second_import_new, 0,
        "a second import updates, never duplicates"
    );
    assert_eq!(imported.second_import_unchanged, bank.questions.len());

    for question in &bank.questions {
        let note = &imported.notes[&format!("pyprep-{}", question.id)];
        let module = bank.modules.iter().find(|m| m.slug == question.module).unwrap();
        assert_eq!(note.deck, format!("Pyprep::{:02} {}", module.order, module.title));
        assert_eq!(note.notetype, "Basic");
        assert!(note.front.contains("<h3>"), "{}: {}", question.id, note.front);
        assert!(
            note.tags.iter().any(|tag| tag == question.difficulty.as_str()),
            "{}",
            question.id
        );
        assert!(note.tags.iter().all(|tag| !tag.contains(' ')));
        assert!(
            note.back.matches("<li>").count() >= question.key_points.len(),
            "{}: every key point is on the back",
            question.id
        );
        assert!(note.back.contains("<h4>Key points</h4>"), "{}", question.id);
        if question.challenge.is_some() {
            assert!(note.back.contains("<h4>Solution</h4><pre><code>"), "{}", question.id);
        }
        if let Some(output) = &question.expected_output {
            let first_line = output
                .lines()
                .next()
                .unwrap_or_default()
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;");
            assert!(
                note.back.contains(&first_line),
                "{}: the expected output is on the back",
                question.id
            );
        }
    }
}
