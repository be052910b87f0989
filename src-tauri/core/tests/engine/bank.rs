//! The real, embedded question bank as the app sees it.

use pyprep_core::content::embedded;
use pyprep_core::{Engine, Settings};

fn open() -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(&dir.path().join("pyprep.sqlite3"), Settings::default()).unwrap();
    (dir, engine)
}

#[test]
fn every_written_module_lists_all_its_questions() {
    let (_dir, engine) = open();
    let bank = embedded::bank().unwrap();
    let modules = engine.modules().unwrap();
    assert_eq!(modules.len(), 25);
    for module in modules.iter().filter(|m| m.question_count > 0) {
        assert_eq!(module.question_count, module.planned, "{}", module.slug);
        let page = engine.module_page(&module.slug).unwrap();
        let expected = bank.questions.iter().filter(|q| q.module == module.slug).count();
        assert_eq!(page.questions.len(), expected, "{}", module.slug);
    }
}

#[test]
fn search_finds_every_question_by_its_title() {
    let (_dir, engine) = open();
    let bank = embedded::bank().unwrap();
    let mut missed = Vec::new();
    for question in &bank.questions {
        let hits = engine.search(&question.title, 10).unwrap();
        if !hits.iter().any(|hit| hit.question_id == question.id) {
            missed.push(question.id.clone());
        }
    }
    assert!(missed.is_empty(), "not found by their own titles: {missed:?}");
}

/// The modules beyond the handbook are asked about in interviews for these
/// roles, so their presets draw from them.
#[test]
fn role_presets_draw_from_the_modules_beyond_the_handbook() {
    let bank = embedded::bank().unwrap();
    let expected: [(&str, &[&str]); 5] = [
        ("21-sql", &["Python Developer", "AWS Data Engineer", "Data Engineer"]),
        (
            "22-aws-data-platform",
            &["AWS Data Engineer", "Cloud Engineer", "Solutions Architect"],
        ),
        ("23-ml-engineering", &["Machine Learning Engineer", "MLOps Engineer"]),
        (
            "24-genai-engineering",
            &["AI Engineer", "Machine Learning Engineer", "Solutions Architect"],
        ),
        (
            "25-testing-tooling",
            &[
                "Python Developer",
                "Software Engineer",
                "Data Engineer",
                "MLOps Engineer",
            ],
        ),
    ];
    for (module, roles) in expected {
        for role in roles {
            let preset = bank
                .roles
                .iter()
                .find(|r| r.name == *role)
                .unwrap_or_else(|| panic!("no preset {role}"));
            assert!(
                preset
                    .module_weights
                    .iter()
                    .any(|(slug, weight)| slug == module && *weight > 0),
                "{role} does not draw from {module}"
            );
        }
    }
}
