//! Turns the files of `content/` into a validated [`Bank`], collecting every
//! problem with its file and line instead of stopping at the first.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::question_file::parse_question;
use super::toml_files::{load_roles, load_version, parse_module};
use super::{Bank, Module, Question, Role};
use crate::error::ContentError;

/// Loads a bank from (path relative to `content/`, file text) pairs.
pub fn load_bank<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Bank, Vec<ContentError>> {
    let files: Vec<(&str, &str)> = files.into_iter().collect();
    let mut errors = Vec::new();
    let version = load_version(&files, &mut errors);
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
            ["roles.toml" | "bank.toml"] => {}
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
        version,
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
