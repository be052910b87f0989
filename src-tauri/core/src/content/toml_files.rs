//! The bank's TOML files: its version in `bank.toml`, each module's
//! `module.toml` and the roles and presets of `roles.toml`, checked with the
//! line of each problem.

use serde::Deserialize;

use super::load::error;
use super::{Difficulty, Module, ModulePart, QuestionKind, Role};
use crate::error::ContentError;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    version: String,
}

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
fn toml_line(text: &str, error: &toml::de::Error) -> usize {
    error
        .span()
        .map_or(1, |span| text[..span.start].matches('\n').count() + 1)
}

/// The bank's version from `bank.toml`: three numbers, `MAJOR.MINOR.PATCH`.
pub(super) fn load_version(files: &[(&str, &str)], errors: &mut Vec<ContentError>) -> String {
    let Some((_, text)) = files.iter().find(|(path, _)| *path == "bank.toml") else {
        errors.push(error("bank.toml", 1, "bank.toml is missing".into()));
        return String::new();
    };
    let file = match toml::from_str::<BankFile>(text) {
        Ok(file) => file,
        Err(e) => {
            errors.push(error("bank.toml", toml_line(text, &e), e.message().to_owned()));
            return String::new();
        }
    };
    let parts: Vec<&str> = file.version.split('.').collect();
    let numbers = parts.len() == 3
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if !numbers {
        let line = text
            .lines()
            .position(|line| line.trim_start().starts_with("version"))
            .map_or(1, |index| index + 1);
        errors.push(error(
            "bank.toml",
            line,
            format!("version {:?} should be three numbers, e.g. \"1.4.0\"", file.version),
        ));
    }
    file.version
}

pub(super) fn load_roles(files: &[(&str, &str)], errors: &mut Vec<ContentError>) -> Vec<Role> {
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

pub(super) fn parse_module(slug: &str, text: &str) -> Result<Module, (usize, String)> {
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
