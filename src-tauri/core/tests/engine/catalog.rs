use pyprep_core::content::Difficulty;
use pyprep_core::scheduler::Grade;

use crate::fixtures::engine;

#[test]
fn lists_every_module_with_progress() {
    let (mut engine, _) = engine();
    engine.answer("q-names", Grade::Good, 1_000).unwrap();
    let modules = engine.modules().unwrap();
    assert_eq!(modules.len(), 2);
    assert_eq!(
        (modules[0].question_count, modules[0].studied, modules[0].planned),
        (4, 1, 4)
    );
    assert_eq!((modules[1].question_count, modules[1].planned), (0, 10));
}

#[test]
fn a_module_page_lists_questions_easiest_first() {
    let (engine, _) = engine();
    let page = engine.module_page("01-basics").unwrap();
    let difficulties: Vec<Difficulty> = page.questions.iter().map(|q| q.difficulty).collect();
    assert!(difficulties.windows(2).all(|w| w[0] <= w[1]));
    assert!(engine.module_page("99-missing").is_err());
}

#[test]
fn question_detail_is_rendered_and_sanitized() {
    let (engine, _) = engine();
    let question = engine.question("q-sum").unwrap();
    assert!(question
        .prompt_html
        .unwrap()
        .contains("<code class=\"language-python\">"));
    assert!(question.answer_html.contains("<code>:=</code>"));
    assert_eq!(question.key_points[0], "First point about q-sum");
    assert_eq!(question.module_title, "Basics");
    let choice = engine.question("q-hashable").unwrap();
    assert_eq!(choice.options[1].html, "<code>tuple</code>");
    assert!(!choice.multiple_answers);
}
