//! Mock rounds are scored by ticking key points, so each key point must be one
//! idea an interviewer can tick. A bundled point shows mechanical signs: it is
//! long, or it joins clauses with a semicolon. A few long points are truly one
//! idea; they are allowed by id and reason in `key_points_allowed.toml`.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::{bank, content_dir, only_prefix};

/// Longer than this, a key point almost always holds two ideas.
const MAX_KEY_POINT_CHARS: usize = 160;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Allowed {
    /// Question id to the reason its long key points are each one idea.
    allow: BTreeMap<String, String>,
}

fn allowed() -> Allowed {
    let path = content_dir().join("../src-tauri/core/tests/content/key_points_allowed.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Why a key point looks like more than one idea, if it does.
fn bundling_sign(point: &str) -> Option<String> {
    let length = point.chars().count();
    if length > MAX_KEY_POINT_CHARS {
        return Some(format!("{length} characters (over {MAX_KEY_POINT_CHARS})"));
    }
    // A semicolon inside inline code (`a; b`) is Python, not prose.
    let prose: String = point.split('`').step_by(2).collect();
    if prose.contains(';') {
        return Some("joins clauses with a semicolon".into());
    }
    None
}

#[test]
fn every_key_point_is_one_checkable_idea() {
    let bank = bank();
    let allowed = allowed();
    let ids: HashSet<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
    let mut problems: Vec<String> = allowed
        .allow
        .keys()
        .filter(|id| !ids.contains(id.as_str()))
        .map(|id| format!("key_points_allowed.toml allows {id:?}, which is not in the bank"))
        .collect();
    let mut per_module: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let only = only_prefix();
    for question in bank.questions.iter().filter(|q| q.module.starts_with(&only)) {
        let counts = per_module.entry(&question.module).or_default();
        counts.0 += question.key_points.len();
        for point in &question.key_points {
            let Some(sign) = bundling_sign(point) else { continue };
            counts.1 += 1;
            if !allowed.allow.contains_key(&question.id) {
                problems.push(format!(
                    "content/{} ({}): {sign}:\n  {point}",
                    question.path, question.id
                ));
            }
        }
    }
    for (module, (points, flagged)) in &per_module {
        println!("{module}: {points} key points, {flagged} long or joined");
    }
    assert!(
        problems.is_empty(),
        "{} key point(s) look like more than one idea; split them, or allow the question with a reason:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn bundling_signs_are_recognised() {
    assert!(bundling_sign("Mutable objects change in place.").is_none());
    assert!(bundling_sign("Name the GIL; say what it protects").is_some());
    assert!(bundling_sign("`for x in a; print(x)` is not Python").is_none());
    assert!(bundling_sign(&"word ".repeat(40)).is_some());
}
