//! One question's Markdown file (TOML front matter, then sections) turned into
//! a [`Question`], with every problem found reported by line.

use std::collections::{HashMap, HashSet};

use super::blocks::code_blocks;
use super::body::{self, Section};
use super::challenge;
use super::front_matter::{self, FrontMatter};
use super::load::error;
use super::{ChoiceOption, Question, QuestionKind};
use crate::error::ContentError;

const SECTION_ORDER: [&str; 12] = [
    "Prompt",
    "Options",
    "Expected output",
    "Starter code",
    "Tests",
    "Hints",
    "Solution",
    "Wrong solutions",
    "Answer",
    "Key points",
    "Interview tip",
    "Follow-up questions",
];

pub(super) fn parse_question(
    path: &str,
    module: &str,
    text: &str,
    roles: &HashSet<String>,
) -> Result<Question, Vec<ContentError>> {
    let fail = |line: usize, message: String| vec![error(path, line, message)];
    let split = front_matter::split(text).map_err(|(line, message)| fail(line, message))?;
    let meta = front_matter::parse(split.front_matter).map_err(|(line, message)| fail(line, message))?;
    let sections = body::sections(split.body, split.body_line).map_err(|(line, message)| fail(line, message))?;

    let mut errors = Vec::new();
    check_front_matter(path, split.front_matter, &meta, roles, &mut errors);
    let question = build_question(path, module, meta, &sections, &mut errors);
    if errors.is_empty() {
        Ok(question)
    } else {
        Err(errors)
    }
}

fn check_front_matter(
    path: &str,
    text: &str,
    meta: &FrontMatter,
    roles: &HashSet<String>,
    errors: &mut Vec<ContentError>,
) {
    let valid_id = !meta.id.is_empty()
        && meta
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !meta.id.starts_with('-');
    if !valid_id {
        errors.push(error(
            path,
            front_matter::line_of_key(text, "id"),
            format!("id {:?} must be lowercase letters, digits and `-`", meta.id),
        ));
    }
    if meta.title.trim().is_empty() {
        errors.push(error(
            path,
            front_matter::line_of_key(text, "title"),
            "the title is empty".into(),
        ));
    }
    if meta.tags.is_empty() {
        errors.push(error(
            path,
            front_matter::line_of_key(text, "tags"),
            "at least one tag is needed".into(),
        ));
    }
    for tag in &meta.tags {
        if tag.is_empty() || tag.chars().any(|c| c.is_uppercase() || c.is_whitespace()) {
            errors.push(error(
                path,
                front_matter::line_of_key(text, "tags"),
                format!("tag {tag:?} must be lowercase with no spaces"),
            ));
        }
    }
    for role in &meta.roles {
        if !roles.contains(role) {
            errors.push(error(
                path,
                front_matter::line_of_key(text, "roles"),
                format!("unknown role {role:?}: roles.toml lists the valid names"),
            ));
        }
    }
}

fn build_question(
    path: &str,
    module: &str,
    meta: FrontMatter,
    sections: &[Section],
    errors: &mut Vec<ContentError>,
) -> Question {
    let mut push = |line: usize, message: String| errors.push(error(path, line, message));
    let mut last_position = None;
    let mut found: HashMap<&str, &Section> = HashMap::new();
    for section in sections {
        match SECTION_ORDER.iter().position(|name| *name == section.name) {
            None => push(
                section.line,
                format!(
                    "unknown section \"## {}\" (expected one of: {})",
                    section.name,
                    SECTION_ORDER.join(", ")
                ),
            ),
            Some(position) => {
                if found.insert(SECTION_ORDER[position], section).is_some() {
                    push(section.line, format!("section \"## {}\" appears twice", section.name));
                } else if last_position.is_some_and(|last| position < last) {
                    push(
                        section.line,
                        format!(
                            "section \"## {}\" is out of order (expected: {})",
                            section.name,
                            SECTION_ORDER.join(", ")
                        ),
                    );
                }
                last_position = Some(position);
            }
        }
        if section.text.is_empty() {
            push(section.line, format!("section \"## {}\" is empty", section.name));
        }
    }

    let kind = meta.kind;
    let challenge = challenge::parse(path, &meta, &found, last_line_of(sections), errors);
    let mut push = |line: usize, message: String| errors.push(error(path, line, message));
    let last_line = last_line_of(sections);
    let mut require = |name: &str, needed: bool| {
        let present = found.contains_key(name);
        if needed && !present {
            push(
                last_line,
                format!("a {} question needs a \"## {name}\" section", kind.as_str()),
            );
        }
    };
    require("Answer", true);
    require("Key points", true);
    require("Prompt", matches!(kind, QuestionKind::Output | QuestionKind::Challenge));
    require("Options", kind == QuestionKind::Choice);
    require("Expected output", kind == QuestionKind::Output);
    for (name, allowed) in [
        ("Options", QuestionKind::Choice),
        ("Expected output", QuestionKind::Output),
    ] {
        if let Some(section) = found.get(name) {
            if kind != allowed {
                push(
                    section.line,
                    format!("\"## {name}\" belongs to {} questions only", allowed.as_str()),
                );
            }
        }
    }

    let key_points = list_section(path, found.get("Key points").copied(), 3..=6, errors);
    let follow_ups = list_section(path, found.get("Follow-up questions").copied(), 1..=3, errors);
    let options = found
        .get("Options")
        .map(|section| parse_options(path, section, errors))
        .unwrap_or_default();
    let expected_output = found
        .get("Expected output")
        .and_then(|section| parse_expected(path, section, errors));
    let code_blocks = code_blocks(path, sections, kind, errors);

    Question {
        id: meta.id,
        module: module.to_owned(),
        path: path.to_owned(),
        title: meta.title.trim().to_owned(),
        difficulty: meta.difficulty,
        kind,
        tags: meta.tags,
        roles: meta.roles,
        prompt: found.get("Prompt").map(|s| s.text.clone()),
        options,
        expected_output,
        answer: found.get("Answer").map(|s| s.text.clone()).unwrap_or_default(),
        key_points,
        tip: found.get("Interview tip").map(|s| s.text.clone()),
        follow_ups,
        code_blocks,
        challenge,
    }
}

fn last_line_of(sections: &[Section]) -> usize {
    sections.last().map_or(1, |s| s.line)
}

pub(super) fn list_section(
    path: &str,
    section: Option<&Section>,
    count: std::ops::RangeInclusive<usize>,
    errors: &mut Vec<ContentError>,
) -> Vec<String> {
    let Some(section) = section else { return Vec::new() };
    match body::list_items(section) {
        Ok(items) if count.contains(&items.len()) => items.into_iter().map(|item| item.text).collect(),
        Ok(items) => {
            errors.push(error(
                path,
                section.line,
                format!(
                    "section \"## {}\" needs {} to {} items, found {}",
                    section.name,
                    count.start(),
                    count.end(),
                    items.len()
                ),
            ));
            Vec::new()
        }
        Err((line, message)) => {
            errors.push(error(path, line, message));
            Vec::new()
        }
    }
}

fn parse_options(path: &str, section: &Section, errors: &mut Vec<ContentError>) -> Vec<ChoiceOption> {
    let items = match body::list_items(section) {
        Ok(items) => items,
        Err((line, message)) => {
            errors.push(error(path, line, message));
            return Vec::new();
        }
    };
    let mut options = Vec::new();
    for item in items {
        let (correct, text) = if let Some(text) = item
            .text
            .strip_prefix("[x] ")
            .or_else(|| item.text.strip_prefix("[X] "))
        {
            (true, text)
        } else if let Some(text) = item.text.strip_prefix("[ ] ") {
            (false, text)
        } else {
            errors.push(error(
                path,
                item.line,
                "an option starts with `- [x] ` (right) or `- [ ] ` (wrong)".into(),
            ));
            continue;
        };
        options.push(ChoiceOption {
            text: text.trim().to_owned(),
            correct,
        });
    }
    if !(2..=6).contains(&options.len()) {
        errors.push(error(
            path,
            section.line,
            format!("a choice question needs 2 to 6 options, found {}", options.len()),
        ));
    } else if !options.iter().any(|o| o.correct) {
        errors.push(error(
            path,
            section.line,
            "no option is marked right with `- [x]`".into(),
        ));
    }
    options
}

fn parse_expected(path: &str, section: &Section, errors: &mut Vec<ContentError>) -> Option<String> {
    match section.blocks.as_slice() {
        [block] if block.info == "text" => Some(block.code.clone()),
        _ => {
            errors.push(error(
                path,
                section.line,
                "\"## Expected output\" holds exactly one ```text block".into(),
            ));
            None
        }
    }
}
