//! The sections and front-matter fields of a `challenge` question: starter
//! code, tests, hints, the reference solution and the wrong solutions.

use std::collections::HashMap;

use super::body::Section;
use super::front_matter::FrontMatter;
use super::load::error;
use super::question_file::list_section;
use super::{Challenge, Difficulty, QuestionKind, SourceBlock};
use crate::error::ContentError;

/// The sections only a challenge has, in file order.
pub const SECTIONS: [&str; 5] = ["Starter code", "Tests", "Hints", "Solution", "Wrong solutions"];

/// A whole run is stopped after this many seconds unless the challenge says otherwise.
pub const DEFAULT_TIME_LIMIT_S: u32 = 10;
const TIME_LIMITS_S: std::ops::RangeInclusive<u32> = 1..=60;
const TARGET_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;

/// Minutes a challenge of this level should take when the file does not say.
fn default_target_minutes(difficulty: Difficulty) -> u32 {
    match difficulty {
        Difficulty::Junior => 15,
        Difficulty::Mid => 25,
        Difficulty::Senior => 35,
        Difficulty::Principal => 45,
    }
}

/// The challenge of a question file, or None for other kinds (whose challenge
/// sections and fields are then reported as misplaced).
pub fn parse(
    path: &str,
    meta: &FrontMatter,
    found: &HashMap<&str, &Section>,
    last_line: usize,
    errors: &mut Vec<ContentError>,
) -> Option<Challenge> {
    if meta.kind != QuestionKind::Challenge {
        for name in SECTIONS {
            if let Some(section) = found.get(name) {
                errors.push(error(
                    path,
                    section.line,
                    format!("\"## {name}\" belongs to challenge questions only"),
                ));
            }
        }
        for (key, set) in [
            ("runtime", meta.runtime.is_some()),
            ("time_limit", meta.time_limit.is_some()),
            ("target_minutes", meta.target_minutes.is_some()),
        ] {
            if set {
                errors.push(error(path, 2, format!("`{key}` is for challenge questions only")));
            }
        }
        return None;
    }
    let before = errors.len();
    for name in SECTIONS {
        if !found.contains_key(name) {
            errors.push(error(
                path,
                last_line,
                format!("a challenge question needs a \"## {name}\" section"),
            ));
        }
    }
    let one_block = |name: &str, errors: &mut Vec<ContentError>| {
        found
            .get(name)
            .and_then(|section| python_blocks(path, section, errors, Some(1)).pop())
    };
    let starter = one_block("Starter code", errors);
    let tests = one_block("Tests", errors);
    let solution = one_block("Solution", errors);
    let wrong_solutions = found
        .get("Wrong solutions")
        .map(|section| python_blocks(path, section, errors, None))
        .unwrap_or_default();
    let hints = list_section(path, found.get("Hints").copied(), 1..=3, errors);
    let time_limit_s = meta.time_limit.unwrap_or(DEFAULT_TIME_LIMIT_S);
    if !TIME_LIMITS_S.contains(&time_limit_s) {
        errors.push(error(
            path,
            2,
            format!("`time_limit` is between 1 and 60 seconds, found {time_limit_s}"),
        ));
    }
    let target_minutes = meta
        .target_minutes
        .unwrap_or_else(|| default_target_minutes(meta.difficulty));
    if !TARGET_MINUTES.contains(&target_minutes) {
        errors.push(error(
            path,
            2,
            format!("`target_minutes` is between 1 and 120, found {target_minutes}"),
        ));
    }
    if errors.len() > before {
        return None;
    }
    Some(Challenge {
        starter: starter?,
        tests: tests?,
        hints,
        solution: solution?,
        wrong_solutions,
        runtime: meta.runtime.unwrap_or_default(),
        time_limit_s,
        target_minutes,
    })
}

/// The `python` blocks of a section: exactly `count` of them when given, else at least one.
fn python_blocks(
    path: &str,
    section: &Section,
    errors: &mut Vec<ContentError>,
    count: Option<usize>,
) -> Vec<SourceBlock> {
    let mut blocks = Vec::new();
    for fence in &section.blocks {
        if fence.info != "python" {
            errors.push(error(
                path,
                fence.line,
                format!(
                    "the code in \"## {}\" is a plain ```python block, found {:?}",
                    section.name, fence.info
                ),
            ));
            continue;
        }
        blocks.push(SourceBlock {
            line: fence.line,
            code: fence.code.clone(),
        });
    }
    let wanted = match count {
        Some(count) if blocks.len() != count => format!("exactly {count}"),
        None if blocks.is_empty() => "at least one".to_owned(),
        _ => return blocks,
    };
    errors.push(error(
        path,
        section.line,
        format!(
            "\"## {}\" holds {wanted} ```python block(s), found {}",
            section.name,
            blocks.len()
        ),
    ));
    Vec::new()
}
