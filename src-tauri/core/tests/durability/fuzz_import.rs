//! The import parser against generated and mutated files: whatever the bytes,
//! reading, checking and previewing an import returns an error or a summary,
//! and never panics.

use std::cell::{Cell, RefCell};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use pyprep_core::clock::ManualClock;
use pyprep_core::content::embedded;
use pyprep_core::marks::MarkChange;
use pyprep_core::scheduler::Grade;
use pyprep_core::transfer::{decode, encode};
use pyprep_core::Engine;

pub const CASES: u32 = 100_000;

/// An engine with a little of everything a progress file holds.
fn studied_engine() -> Engine {
    let clock = ManualClock::new(chrono::DateTime::parse_from_rfc3339("2026-03-02T10:00:00-05:00").unwrap());
    let mut engine = Engine::in_memory(&embedded::bank().unwrap(), Box::new(clock.clone())).unwrap();
    for (index, grade) in [Grade::Good, Grade::Again, Grade::Easy, Grade::Hard, Grade::Good]
        .iter()
        .enumerate()
    {
        let item = engine.next_review().unwrap().unwrap();
        engine.answer(&item.question.id, *grade, 4_000).unwrap();
        if index == 0 {
            engine.save_note(&item.question.id, "A *note*.").unwrap();
            engine.mark(&item.question.id, MarkChange::Flag { on: true }).unwrap();
        }
        clock.advance(chrono::Duration::hours(20));
    }
    engine
}

/// Values that stress a field's type and bounds, spliced in at random places.
const NASTY: [&str; 14] = [
    "1e999",
    "-1",
    "18446744073709551616",
    "-9223372036854775809",
    "null",
    "\"\"",
    "[]",
    "{}",
    "true",
    "\"\\ud800\"",
    "0.0",
    "NaN",
    "\"new\"",
    "{\"format\":\"pyprep-progress\",\"version\":1}",
];

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Duplicate(usize, usize),
    Nasty(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Flip(at, byte)),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        (any::<usize>(), 1usize..256).prop_map(|(at, len)| Edit::Duplicate(at, len)),
        (any::<usize>(), 0..NASTY.len()).prop_map(|(at, which)| Edit::Nasty(at, which)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Flip(at, byte) => {
                if let Some(b) = bytes.get_mut(at % len) {
                    *b = *byte;
                }
            }
            Edit::Delete(at, count) => {
                let start = (at % len).min(bytes.len());
                let end = (start + count).min(bytes.len());
                bytes.drain(start..end);
            }
            Edit::Insert(at, new) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, new.iter().copied());
            }
            Edit::Duplicate(at, count) => {
                let start = (at % len).min(bytes.len());
                let end = (start + count).min(bytes.len());
                let copy = bytes[start..end].to_vec();
                bytes.splice(end..end, copy);
            }
            Edit::Nasty(at, which) => {
                // Replaces the value after the next ':' with a nasty one.
                let from = at % len;
                if let Some(colon) = bytes.iter().skip(from).position(|b| *b == b':').map(|i| i + from + 1) {
                    let end = bytes[colon..]
                        .iter()
                        .position(|b| matches!(b, b',' | b'}' | b']'))
                        .map_or(bytes.len(), |i| i + colon);
                    bytes.splice(colon..end, NASTY[*which].bytes());
                }
            }
        }
    }
    bytes
}

pub fn the_import_parser_never_panics() -> String {
    let engine = RefCell::new(studied_engine());
    let file = engine.borrow_mut().export_progress().unwrap();
    let plain = encode(&file, false).unwrap();
    let packed = encode(&file, true).unwrap();
    let inputs = prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512),
        6 => prop::collection::vec(edit(), 1..6).prop_map(move |edits| apply(plain.clone(), &edits)),
        1 => prop::collection::vec(edit(), 1..3).prop_map(move |edits| apply(packed.clone(), &edits)),
    ];
    let (tried, previewed) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&inputs, |bytes| {
            tried.set(tried.get() + 1);
            if let Ok(file) = decode(&bytes) {
                if engine.borrow_mut().preview_import(&file).is_ok() {
                    previewed.set(previewed.get() + 1);
                }
            }
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
    assert!(tried.get() >= CASES);
    format!(
        "{} inputs, 0 panics, {} accepted as importable and previewed, the rest refused",
        tried.get(),
        previewed.get()
    )
}
