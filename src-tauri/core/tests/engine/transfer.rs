use chrono::Duration;
use pyprep_core::challenges::{AttemptInput, DraftPlace};
use pyprep_core::clock::{Clock, ManualClock};
use pyprep_core::content::Difficulty;
use pyprep_core::marks::MarkChange;
use pyprep_core::rounds::{RoundChange, RoundConfig, RoundMode};
use pyprep_core::scheduler::{CardState, Grade};
use pyprep_core::transfer::{decode, encode, ProgressFile};
use pyprep_core::{Engine, Error};

use crate::challenges::challenge_bank;
use crate::fixtures::new_york;

fn engine_on(year: i32, month: u32, day: u32) -> (Engine, ManualClock) {
    let clock = ManualClock::new(new_york(year, month, day, 10));
    let engine = Engine::in_memory(&challenge_bank(), Box::new(clock.clone())).unwrap();
    (engine, clock)
}

/// The file without the moment it was written, which always differs.
fn timeless(mut file: ProgressFile) -> ProgressFile {
    file.exported_at = String::new();
    file
}

/// A week of varied study: answers of every grade, a note, marks, a draft,
/// a graded attempt and a finished round.
fn a_week_of_study(engine: &mut Engine, clock: &ManualClock) {
    let grades = [Grade::Good, Grade::Again, Grade::Hard, Grade::Easy, Grade::Good];
    for day in 0..7 {
        for (index, question) in ["q-names", "q-sum", "q-hashable", "q-design"].iter().enumerate() {
            if (day + index) % 3 != 2 {
                engine
                    .answer(question, grades[(day + index) % grades.len()], 20_000)
                    .unwrap();
                clock.advance(Duration::minutes(2));
            }
        }
        clock.advance(Duration::days(1));
    }
    engine.save_note("q-design", "Mention **eviction** first.").unwrap();
    engine.mark("q-sum", MarkChange::Flag { on: true }).unwrap();
    engine.mark("q-names", MarkChange::Suspend { on: true }).unwrap();
    engine
        .save_draft("q-add", DraftPlace::Question, "def add(a, b):\n    return a - b\n")
        .unwrap();
    let attempt = engine
        .submit_attempt(
            "q-add",
            DraftPlace::Review,
            &AttemptInput {
                passed: 2,
                total: 2,
                duration_ms: 300_000,
                hints_used: 1,
                solution_shown: false,
                code: "def add(a, b):\n    return a + b\n".into(),
            },
        )
        .unwrap();
    engine.grade_attempt(attempt.id, Grade::Good).unwrap();
    let round = engine
        .start_round(&RoundConfig {
            preset: None,
            modules: vec!["01-basics".into()],
            difficulties: vec![Difficulty::Junior, Difficulty::Mid, Difficulty::Senior],
            kinds: vec![],
            questions: 3,
            minutes: 20,
            mode: RoundMode::Interview,
            hide_difficulty: false,
            seed: Some(7),
        })
        .unwrap();
    engine
        .update_round(
            round.id,
            &RoundChange::Answer {
                position: 0,
                text: "My answer".into(),
            },
        )
        .unwrap();
    engine.finish_round(round.id).unwrap();
}

fn exported(engine: &mut Engine) -> ProgressFile {
    let file = engine.export_progress().unwrap();
    // Every export goes through its bytes, as a file would.
    decode(&encode(&file, false).unwrap()).unwrap()
}

#[test]
fn export_import_into_an_empty_store_and_export_again_is_identical() {
    let (mut first, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut first, &clock);
    let file = exported(&mut first);
    assert!(file.reviews.len() > 15 && !file.cards.is_empty() && file.rounds.len() == 1);
    assert_eq!(
        (
            file.notes.len(),
            file.marks.len(),
            file.drafts.len(),
            file.attempts.len()
        ),
        (1, 2, 1, 1)
    );
    assert!(
        file.attempts[0].review_ms.is_some(),
        "the graded attempt keeps its review"
    );

    let (mut second, second_clock) = engine_on(2026, 3, 20);
    let summary = second.import_progress(&file).unwrap();
    assert_eq!(summary.reviews_added as usize, file.reviews.len());
    assert_eq!(
        (summary.rounds_added, summary.notes_updated, summary.attempts_added),
        (1, 1, 1)
    );
    assert_eq!(timeless(exported(&mut second)), timeless(file));
    second_clock.set(clock.now());
    assert_eq!(second.queue_counts().unwrap(), first.queue_counts().unwrap());
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let (mut engine, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut engine, &clock);
    let file = exported(&mut engine);
    let summary = engine.import_progress(&file).unwrap();
    assert_eq!(summary.reviews_added, 0);
    assert_eq!(summary.reviews_already_here as usize, file.reviews.len());
    assert_eq!(
        (
            summary.rounds_added,
            summary.attempts_added,
            summary.notes_updated,
            summary.drafts_updated,
            summary.marks_updated
        ),
        (0, 0, 0, 0, 0)
    );
    assert_eq!(timeless(exported(&mut engine)), timeless(file));
}

#[test]
fn merging_two_machines_schedules_as_if_one_had_answered_everything() {
    // Laptop answers on days 1 and 5, desktop on day 3; one machine doing all
    // three in order is what the merged card must match.
    let answers = [
        ("laptop", 0, Grade::Good),
        ("desktop", 2, Grade::Again),
        ("laptop", 4, Grade::Good),
    ];
    let (mut laptop, laptop_clock) = engine_on(2026, 3, 2);
    let (mut desktop, desktop_clock) = engine_on(2026, 3, 2);
    let (mut single, single_clock) = engine_on(2026, 3, 2);
    let mut day_reached = 0;
    for (machine, day, grade) in answers {
        for clock in [&laptop_clock, &desktop_clock, &single_clock] {
            clock.advance(Duration::days(day - day_reached));
        }
        day_reached = day;
        let engine = if machine == "laptop" { &mut laptop } else { &mut desktop };
        engine.answer("q-design", grade, 10_000).unwrap();
        single.answer("q-design", grade, 10_000).unwrap();
    }
    desktop.answer("q-sum", Grade::Easy, 10_000).unwrap();
    single.answer("q-sum", Grade::Easy, 10_000).unwrap();

    let summary = laptop.import_progress(&exported(&mut desktop)).unwrap();
    assert_eq!((summary.reviews_added, summary.questions_rescheduled), (2, 2));
    let expected = exported(&mut single);
    let merged = exported(&mut laptop);
    // The memory states are FSRS's alone; the intervals also depend on each
    // machine's load on the days around (spreading), so they are not compared.
    assert_eq!(
        memory_of(&merged),
        memory_of(&expected),
        "each answer's memory state as on one machine"
    );

    // And the other way round gives the same history.
    let before = exported(&mut desktop).reviews.len();
    desktop.import_progress(&exported(&mut laptop)).unwrap();
    let other_way = exported(&mut desktop);
    assert_eq!(other_way.reviews.len(), before + 2);
    assert_eq!(memory_of(&other_way), memory_of(&expected));
}

type ReviewMemory = (String, i64, u8, CardState, f32, f32);
type CardMemory = (String, CardState, f32, f32, i64, u32, u32);

/// Each review's and card's memory state, without the due dates.
fn memory_of(file: &ProgressFile) -> (Vec<ReviewMemory>, Vec<CardMemory>) {
    let mut reviews: Vec<ReviewMemory> = file
        .reviews
        .iter()
        .map(|r| {
            (
                r.question_id.clone(),
                r.reviewed_ms,
                r.grade,
                r.state_before,
                r.stability,
                r.difficulty,
            )
        })
        .collect();
    reviews.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    let cards = file
        .cards
        .iter()
        .map(|c| {
            (
                c.question_id.clone(),
                c.state,
                c.stability,
                c.difficulty,
                c.last_day,
                c.reps,
                c.lapses,
            )
        })
        .collect();
    (reviews, cards)
}

#[test]
fn a_preview_counts_what_an_import_would_change_without_writing() {
    let (mut source, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut source, &clock);
    let file = exported(&mut source);
    let (mut target, _) = engine_on(2026, 3, 20);
    let before = timeless(exported(&mut target));
    let preview = target.preview_import(&file).unwrap();
    assert_eq!(timeless(exported(&mut target)), before, "a preview writes nothing");
    assert_eq!(target.import_progress(&file).unwrap(), preview);
}

fn refused(engine: &mut Engine, bytes: &[u8]) -> String {
    let before = timeless(exported(engine));
    let message = match decode(bytes).and_then(|file| engine.import_progress(&file)) {
        Err(Error::InvalidInput(message)) => message,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(timeless(exported(engine)), before, "nothing was written");
    assert!(message.contains("Nothing was changed"), "{message}");
    message
}

#[test]
fn a_malformed_or_hostile_file_is_refused_with_what_is_wrong() {
    let (mut engine, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut engine, &clock);
    let good = exported(&mut engine);
    let json = |file: &ProgressFile| encode(file, false).unwrap();

    assert!(refused(&mut engine, b"{\"format\": \"pyprep-progress\", \"version\": 1,").contains("not JSON"));
    assert!(refused(&mut engine, b"\x00\x01junk").contains("not JSON"));
    assert!(refused(&mut engine, b"{\"format\": \"anki\", \"version\": 1}").contains("\"anki\""));
    let newer = String::from_utf8(json(&good))
        .unwrap()
        .replacen("\"version\": 1", "\"version\": 2", 1);
    assert!(refused(&mut engine, newer.as_bytes()).contains("newer Pyprep"));

    let mut unknown = good.clone();
    unknown.reviews[0].question_id = "q-from-the-future".into();
    let message = refused(&mut engine, &json(&unknown));
    assert!(
        message.contains("1 question(s)") && message.contains("q-from-the-future"),
        "{message}"
    );

    let mut huge_grade = String::from_utf8(json(&good)).unwrap();
    huge_grade = huge_grade.replacen("\"grade\": ", "\"grade\": 9", 1);
    assert!(refused(&mut engine, huge_grade.as_bytes()).contains("reviews[0]: grade must be 1 to 4"));
    let out_of_type = String::from_utf8(json(&good))
        .unwrap()
        .replacen("\"grade\": ", "\"grade\": 9000", 1);
    assert!(refused(&mut engine, out_of_type.as_bytes()).contains("at reviews[0].grade"));

    let mut far_future = good.clone();
    far_future.reviews[0].reviewed_ms = i64::MAX;
    assert!(refused(&mut engine, &json(&far_future)).contains("reviews[0]: reviewed_ms"));

    let mut not_a_number = String::from_utf8(json(&good)).unwrap();
    not_a_number = not_a_number.replacen("\"stability\": ", "\"stability\": 1e999", 1);
    refused(&mut engine, not_a_number.as_bytes());

    let mut long_note = good.clone();
    long_note.notes[0].text = "x".repeat(60 * 1024);
    assert!(refused(&mut engine, &json(&long_note)).contains("notes[0]"));

    let mut extra_field = String::from_utf8(json(&good)).unwrap();
    extra_field = extra_field.replacen("\"drafts\": [", "\"drafts\": [{\"evil\": true},", 1);
    assert!(refused(&mut engine, extra_field.as_bytes()).contains("drafts[0]"));

    let junk = vec![b'x'; 100 * 1024 * 1024];
    assert!(refused(&mut engine, &junk).contains("at most 64 MB"));

    let mut bomb = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut bomb, &vec![b' '; 300 * 1024 * 1024]).unwrap();
    assert!(refused(&mut engine, &bomb.finish().unwrap()).contains("unpacks to more than"));
}

#[test]
fn a_compressed_export_reads_back_the_same() {
    let (mut engine, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut engine, &clock);
    let file = engine.export_progress().unwrap();
    let plain = encode(&file, false).unwrap();
    let packed = encode(&file, true).unwrap();
    assert!(packed.len() * 3 < plain.len(), "{} vs {}", packed.len(), plain.len());
    assert_eq!(decode(&packed).unwrap(), file);
}

#[test]
fn the_review_log_exports_as_csv_one_row_per_answer() {
    let (mut engine, clock) = engine_on(2026, 3, 2);
    a_week_of_study(&mut engine, &clock);
    let file = exported(&mut engine);
    let bytes = engine.export_review_log_csv().unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "question_id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), file.reviews.len());
    let first = &rows[0];
    assert_eq!(&first[0], file.reviews[0].question_id);
    assert_eq!(
        &first[3], "2026-03-02T15:00:00Z",
        "UTC time of the first answer (10:00 in New York, EST)"
    );
    assert_eq!(&first[4], "2026-03-02");
    assert_eq!(
        &first[6],
        ["again", "hard", "good", "easy"][usize::from(file.reviews[0].grade - 1)]
    );
}

#[test]
fn the_bank_exports_for_anki_one_note_per_question() {
    let (engine, _) = engine_on(2026, 3, 2);
    let (bytes, count) = engine.export_anki(None).unwrap();
    assert_eq!(count, 5);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("#separator:tab\n#html:true\n"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let notes: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(notes.len(), 5);
    let choice = notes.iter().find(|note| &note[0] == "pyprep-q-hashable").unwrap();
    assert!(choice[1].contains("<li><code>tuple</code></li>"), "{}", &choice[1]);
    assert!(choice[2].contains("<b>Answer:</b> <code>tuple</code>"));
    assert!(choice[2].contains("<h4>Key points</h4><ul><li>First point about q-hashable</li>"));
    assert_eq!(&choice[3], "Pyprep::01 Basics");
    assert!(choice[4].split(' ').any(|tag| tag == "junior"));
    let challenge = notes.iter().find(|note| &note[0] == "pyprep-q-add").unwrap();
    assert!(challenge[2].contains("<h4>Solution</h4><pre><code>def add(a, b):\n    return a + b</code></pre>"));

    let (one_module, count) = engine.export_anki(Some("01-basics")).unwrap();
    assert_eq!((count, one_module.len()), (5, text.len()));
    assert!(
        matches!(engine.export_anki(Some("02-later")), Err(Error::NotFound(_))),
        "an empty module"
    );
}
