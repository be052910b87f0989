//! Turns the files of `content/` into a validated [`Bank`], collecting every
//! problem with its file and line instead of stopping at the first.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::blocks::code_blocks;
use super::body::{self, Section};
use super::challenge;
use super::front_matter::{self, FrontMatter};
use super::{Bank, ChoiceOption, Difficulty, Module, ModulePart, Question, QuestionKind, Role};
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    title: String,
    order: u32,
    summary: String,
    planned: u32,
    #[serde(default)]
    packages: bool,
    /// `"beyond"` for a module past the handbook's twenty.
    #[serde(default)]
    part: ModulePart,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    role: Vec<RoleFile>,
    /// Rounds that are not a target role, such as a coding round.
    #[serde(default)]
    preset: Vec<RoleFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    name: String,
    questions: u32,
    minutes: u32,
    difficulty: Vec<Difficulty>,
    /// The kinds of question drawn; every kind when absent.
    #[serde(default)]
    kinds: Vec<QuestionKind>,
    modules: std::collections::BTreeMap<String, u32>,
}

/// Loads a bank from (path relative to `content/`, file text) pairs.
pub fn load_bank<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Bank, Vec<ContentError>> {
    let files: Vec<(&str, &str)> = files.into_iter().collect();
    let mut errors = Vec::new();
    let roles = load_roles(&files, &mut errors);
    let role_names: HashSet<String> = roles
        .iter()
        .filter(|role| role.is_role)
        .map(|role| role.name.clone())
        .collect();

    let mut modules = Vec::new();
    let mut questions = Vec::new();
    for (path, text) in &files {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["roles.toml"] => {}
            ["modules", slug, "module.toml"] => match parse_module(slug, text) {
                Ok(module) => modules.push(module),
                Err((line, message)) => errors.push(error(path, line, message)),
            },
            ["modules", slug, file] if file.ends_with(".md") => match parse_question(path, slug, text, &role_names) {
                Ok(question) => questions.push(question),
                Err(mut found) => errors.append(&mut found),
            },
            _ => errors.push(error(
                path,
                1,
                "unexpected file: questions live in modules/NN-slug/*.md".into(),
            )),
        }
    }
    check_bank(&modules, &questions, &mut errors);
    check_role_modules(&roles, &modules, &mut errors);
    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        return Err(errors);
    }
    modules.sort_by_key(|module| module.order);
    let module_order: HashMap<&str, u32> = modules.iter().map(|m| (m.slug.as_str(), m.order)).collect();
    questions.sort_by(|a, b| {
        (module_order[a.module.as_str()], a.difficulty, &a.path).cmp(&(
            module_order[b.module.as_str()],
            b.difficulty,
            &b.path,
        ))
    });
    Ok(Bank {
        modules,
        questions,
        roles,
    })
}

/// Loads a bank from a `content/` folder on disk (for the content tests and tools).
pub fn load_dir(root: &Path) -> crate::Result<Bank> {
    let mut files = Vec::new();
    collect(root, root, &mut files)?;
    load_bank(files.iter().map(|(path, text)| (path.as_str(), text.as_str()))).map_err(crate::Error::Content)
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) -> crate::Result<()> {
    let io_error = |source| crate::Error::Io {
        path: dir.display().to_string(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io_error)? {
        let path = entry.map_err(io_error)?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
            continue;
        }
        let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let wanted = matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "toml"));
        if wanted && relative != "README.md" {
            let text = std::fs::read_to_string(&path).map_err(|source| crate::Error::Io {
                path: path.display().to_string(),
                source,
            })?;
            files.push((relative, text));
        }
    }
    Ok(())
}

pub(super) fn error(path: &str, line: usize, message: String) -> ContentError {
    ContentError {
        path: format!("content/{path}"),
        line,
        message,
    }
}

fn toml_line(text: &str, error: &toml::de::Error) -> usize {
    error
        .span()
        .map_or(1, |span| text[..span.start].matches('\n').count() + 1)
}

fn load_roles(files: &[(&str, &str)], errors: &mut Vec<ContentError>) -> Vec<Role> {
    let Some((_, text)) = files.iter().find(|(path, _)| *path == "roles.toml") else {
        errors.push(error("roles.toml", 1, "roles.toml is missing".into()));
        return Vec::new();
    };
    let file = match toml::from_str::<RolesFile>(text) {
        Ok(file) => file,
        Err(e) => {
            errors.push(error("roles.toml", toml_line(text, &e), e.message().to_owned()));
            return Vec::new();
        }
    };
    let mut roles = Vec::new();
    let targets = file.role.into_iter().map(|role| (role, true));
    for (role, is_role) in targets.chain(file.preset.into_iter().map(|preset| (preset, false))) {
        let line = text
            .lines()
            .position(|line| line.trim_start().starts_with("name") && line.contains(&format!("{:?}", role.name)))
            .map_or(1, |index| index + 1);
        let mut problem =
            |message: String| errors.push(error("roles.toml", line, format!("role {:?}: {message}", role.name)));
        if !(1..=50).contains(&role.questions) {
            problem("`questions` must be between 1 and 50".into());
        }
        if !(5..=240).contains(&role.minutes) {
            problem("`minutes` must be between 5 and 240".into());
        }
        if role.difficulty.is_empty() {
            problem("`difficulty` lists at least one level".into());
        }
        if role.modules.is_empty() || role.modules.values().any(|weight| *weight == 0) {
            problem("`modules` maps module folders to weights of at least 1".into());
        }
        roles.push(Role {
            name: role.name,
            questions: role.questions,
            minutes: role.minutes,
            difficulties: role.difficulty,
            kinds: role.kinds,
            module_weights: role.modules.into_iter().collect(),
            is_role,
        });
    }
    roles
}

fn parse_module(slug: &str, text: &str) -> Result<Module, (usize, String)> {
    let file: ModuleFile = toml::from_str(text).map_err(|e| (toml_line(text, &e), e.message().to_owned()))?;
    let prefix = format!("{:02}-", file.order);
    if !slug.starts_with(&prefix) {
        return Err((
            1,
            format!(
                "the folder {slug} should start with {prefix} to match `order = {}`",
                file.order
            ),
        ));
    }
    Ok(Module {
        slug: slug.to_owned(),
        title: file.title,
        order: file.order,
        summary: file.summary,
        planned: file.planned,
        packages: file.packages,
        part: file.part,
    })
}

fn parse_question(
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

fn check_bank(modules: &[Module], questions: &[Question], errors: &mut Vec<ContentError>) {
    let slugs: HashSet<&str> = modules.iter().map(|m| m.slug.as_str()).collect();
    let mut ids: HashMap<&str, &str> = HashMap::new();
    let mut titles: HashMap<String, &str> = HashMap::new();
    for question in questions {
        if !slugs.contains(question.module.as_str()) {
            errors.push(error(
                &question.path,
                1,
                format!("the folder modules/{} has no module.toml", question.module),
            ));
        }
        if let Some(first) = ids.insert(&question.id, &question.path) {
            errors.push(error(
                &question.path,
                2,
                format!("id {:?} is already used by content/{first}", question.id),
            ));
        }
        let title_key = question.title.to_lowercase();
        if let Some(first) = titles.insert(title_key, &question.path) {
            errors.push(error(
                &question.path,
                3,
                format!("the same question is already asked by content/{first}"),
            ));
        }
    }
    let mut orders = HashMap::new();
    for module in modules {
        if let Some(first) = orders.insert(module.order, &module.slug) {
            errors.push(error(
                &format!("modules/{}/module.toml", module.slug),
                1,
                format!("order {} is also used by {first}", module.order),
            ));
        }
    }
}

fn check_role_modules(roles: &[Role], modules: &[Module], errors: &mut Vec<ContentError>) {
    for role in roles {
        for (slug, _) in &role.module_weights {
            if !modules.iter().any(|module| &module.slug == slug) {
                errors.push(error(
                    "roles.toml",
                    1,
                    format!("role {:?} weights an unknown module {slug:?}", role.name),
                ));
            }
        }
    }
}
