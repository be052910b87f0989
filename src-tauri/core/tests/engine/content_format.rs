use pyprep_core::content::{load_bank, QuestionKind, RunMode};
use pyprep_core::ContentError;

use crate::fixtures::{bank, files, question, CHOICE_EXTRA};

fn errors_for(path: &str, text: &str) -> Vec<ContentError> {
    let mut files = files();
    files.push((path.into(), text.into()));
    load_bank(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))).expect_err("should be rejected")
}

#[test]
fn parses_every_part_of_a_question() {
    let bank = bank();
    assert_eq!(bank.modules.len(), 2);
    let sum = bank.questions.iter().find(|q| q.id == "q-sum").unwrap();
    assert_eq!(sum.kind, QuestionKind::Output);
    assert_eq!(sum.expected_output.as_deref(), Some("6\n"));
    assert_eq!(sum.key_points.len(), 3);
    assert_eq!(sum.follow_ups, ["What next?"]);
    assert_eq!(sum.tip.as_deref(), Some("Be brief."));
    let prompt_block = sum.code_blocks.iter().find(|b| b.is_output_prompt).unwrap();
    assert_eq!((prompt_block.mode.clone(), prompt_block.line), (RunMode::Run, 12));
    let choice = bank.questions.iter().find(|q| q.id == "q-hashable").unwrap();
    assert_eq!(
        choice.options.iter().map(|o| o.correct).collect::<Vec<_>>(),
        [false, true, false]
    );
}

#[test]
fn orders_questions_by_module_then_difficulty() {
    let ids: Vec<String> = bank().questions.iter().map(|q| q.id.clone()).collect();
    assert_eq!(ids, ["q-hashable", "q-names", "q-sum", "q-design"]);
}

#[test]
fn reports_a_bad_difficulty_with_its_line() {
    let text = question("q-new", "A new one?", "easy", "concept", "");
    let errors = errors_for("modules/01-basics/new.md", &text);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].path.as_str(), errors[0].line),
        ("content/modules/01-basics/new.md", 4)
    );
    assert!(
        errors[0].message.contains("unknown variant `easy`"),
        "{}",
        errors[0].message
    );
}

#[test]
fn reports_too_few_key_points() {
    let text = question("q-new", "A new one?", "mid", "concept", "").replace("- Third point\n", "");
    let errors = errors_for("modules/01-basics/new.md", &text);
    assert!(errors[0].message.contains("needs 3 to 6 items, found 2"), "{errors:?}");
    assert_eq!(errors[0].line, 18);
}

#[test]
fn reports_duplicate_ids_and_titles() {
    let duplicate = question("q-names", "Another title?", "mid", "concept", "");
    let errors = errors_for("modules/01-basics/dup.md", &duplicate);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("id \"q-names\" is already used")),
        "{errors:?}"
    );
    let same_title = question("q-other", "What is a name?", "mid", "concept", "");
    let errors = errors_for("modules/01-basics/same.md", &same_title);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("same question is already asked")),
        "{errors:?}"
    );
}

#[test]
fn reports_unknown_roles_sections_and_markers() {
    let role = question("q-r", "Role?", "mid", "concept", "").replace("Python Developer", "Wizard");
    assert!(errors_for("modules/01-basics/r.md", &role)[0]
        .message
        .contains("unknown role \"Wizard\""));
    let section = question("q-s", "Section?", "mid", "concept", "## Notes\n\nHi.\n\n");
    assert!(errors_for("modules/01-basics/s.md", &section)[0]
        .message
        .contains("unknown section \"## Notes\""));
    let marker = question("q-m", "Marker?", "mid", "concept", "").replace("```python\n", "```python maybe\n");
    assert!(errors_for("modules/01-basics/m.md", &marker)[0]
        .message
        .contains("unknown code block marker"));
}

#[test]
fn output_and_choice_questions_need_their_sections() {
    let output = question("q-o", "Output?", "mid", "output", "");
    let messages: Vec<String> = errors_for("modules/01-basics/o.md", &output)
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("needs a \"## Prompt\" section")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("needs a \"## Expected output\" section")),
        "{messages:?}"
    );
    let no_right_answer = question("q-c", "Choice?", "mid", "choice", &CHOICE_EXTRA.replace("[x]", "[ ]"));
    assert!(errors_for("modules/01-basics/c.md", &no_right_answer)[0]
        .message
        .contains("no option is marked right"));
}

#[test]
fn reads_run_markers() {
    let text = question("q-raise", "Raises?", "mid", "concept", "")
        .replace("```python\n", "```python raises=ZeroDivisionError\n");
    let mut all = files();
    all.push(("modules/01-basics/raise.md".into(), text));
    let bank = crate::fixtures::bank_from(&all);
    let question = bank.questions.iter().find(|q| q.id == "q-raise").unwrap();
    assert_eq!(
        question.code_blocks[0].mode,
        RunMode::Raises("ZeroDivisionError".into())
    );
}

#[test]
fn never_panics_on_any_truncation_of_a_file() {
    let text = question("q-cut", "Cut?", "mid", "output", crate::fixtures::OUTPUT_EXTRA);
    let mut cuts = 0;
    for end in (0..text.len()).filter(|end| text.is_char_boundary(*end)) {
        let mut all = files();
        all.push(("modules/01-basics/cut.md".into(), text[..end].to_owned()));
        let result = std::panic::catch_unwind(|| load_bank(all.iter().map(|(p, t)| (p.as_str(), t.as_str()))));
        assert!(result.is_ok(), "panicked on the first {end} bytes");
        cuts += 1;
    }
    assert!(cuts > 300);
}

#[test]
fn a_module_toml_must_match_its_folder() {
    let errors = errors_for(
        "modules/07-wrong/module.toml",
        "title = \"X\"\norder = 3\nsummary = \"s\"\nplanned = 1\n",
    );
    assert!(errors[0].message.contains("should start with 03-"), "{errors:?}");
}

#[test]
fn the_bank_carries_a_version_of_three_numbers() {
    let with_bank_file = |text: Option<&str>| {
        let mut all: Vec<(String, String)> = files().into_iter().filter(|(path, _)| path != "bank.toml").collect();
        if let Some(text) = text {
            all.push(("bank.toml".into(), text.into()));
        }
        load_bank(all.iter().map(|(p, t)| (p.as_str(), t.as_str())))
    };
    assert_eq!(
        with_bank_file(Some("version = \"2.10.0\"\n")).unwrap().version,
        "2.10.0"
    );
    for (text, expected) in [
        (None, "bank.toml is missing"),
        (Some("# v\nversion = \"1.4\"\n"), "should be three numbers"),
        (Some("version = \"1.x.0\"\n"), "should be three numbers"),
        (Some("version = \"1..0\"\n"), "should be three numbers"),
        (Some("version = \"1.0.0\"\ndate = 2026\n"), "unknown field"),
        (Some("\n"), "missing field"),
    ] {
        let errors = with_bank_file(text).expect_err(expected);
        assert_eq!(errors.len(), 1, "{text:?}: {errors:?}");
        assert_eq!(errors[0].path, "content/bank.toml");
        assert!(errors[0].message.contains(expected), "{text:?}: {}", errors[0].message);
    }
    let errors = with_bank_file(Some("# v\nversion = \"1.4\"\n")).unwrap_err();
    assert_eq!(errors[0].line, 2);
}
