use crate::fixtures::engine;

#[test]
fn finds_questions_by_title_answer_and_tag_words() {
    let (engine, _) = engine();
    let by_title = engine.search("hashable", 10).unwrap();
    assert_eq!(by_title[0].question_id, "q-hashable");
    assert!(
        by_title[0].title_html.contains("<mark>hashable</mark>"),
        "{}",
        by_title[0].title_html
    );
    let by_answer = engine.search("walrus", 10).unwrap();
    assert_eq!(by_answer.len(), 4);
    assert!(by_answer[0].snippet_html.contains("<mark>walrus</mark>"));
    let by_prefix = engine.search("desi", 10).unwrap();
    assert_eq!(by_prefix[0].question_id, "q-design");
    assert_eq!(by_prefix[0].module_title, "Basics");
}

#[test]
fn snippets_are_escaped_html() {
    let (engine, _) = engine();
    let hits = engine.search("bold", 10).unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        assert!(!hit.snippet_html.contains("<b>"), "{}", hit.snippet_html);
    }
}

#[test]
fn odd_input_never_errors() {
    let (engine, _) = engine();
    for query in ["", "\"", "AND OR NOT", "a*b(", "NEAR(x y)", "-x", "ünïcödé"] {
        engine.search(query, 5).unwrap();
    }
    assert_eq!(engine.search("hashable", 1).unwrap().len(), 1);
}
