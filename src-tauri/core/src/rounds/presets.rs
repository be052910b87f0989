use rusqlite::OptionalExtension;
use serde::Serialize;

use super::ROLES_KEY;
use crate::content::{Difficulty, QuestionKind, Role};
use crate::{Engine, Result};

/// A role's mock round, as the set-up screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RoundPreset {
    pub role: String,
    pub questions: u32,
    pub minutes: u32,
    pub difficulties: Vec<Difficulty>,
    /// The kinds of question drawn; empty means every kind.
    pub kinds: Vec<QuestionKind>,
    /// A target role (offered in Settings), not only a round preset.
    pub is_role: bool,
    /// The weighted modules that have questions, heaviest first: (title, weight).
    pub modules: Vec<PresetModule>,
    /// Questions that fit the preset right now.
    pub available: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PresetModule {
    pub slug: String,
    pub title: String,
    pub weight: u32,
}

impl Engine {
    pub(crate) fn roles(&self) -> Result<Vec<Role>> {
        let json: Option<String> = self
            .store
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [ROLES_KEY], |row| row.get(0))
            .optional()?;
        Ok(json
            .map(|json| serde_json::from_str(&json))
            .transpose()?
            .unwrap_or_default())
    }

    pub fn round_presets(&self) -> Result<Vec<RoundPreset>> {
        let modules = self.modules()?;
        let mut presets = Vec::new();
        for role in self.roles()? {
            let mut weighted: Vec<PresetModule> = role
                .module_weights
                .iter()
                .filter_map(|(slug, weight)| {
                    let module = modules.iter().find(|m| &m.slug == slug && m.question_count > 0)?;
                    Some(PresetModule {
                        slug: slug.clone(),
                        title: module.title.clone(),
                        weight: *weight,
                    })
                })
                .collect();
            weighted.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.slug.cmp(&b.slug)));
            let slugs: Vec<String> = weighted.iter().map(|m| m.slug.clone()).collect();
            let available = self.count_fitting(&slugs, &role.difficulties, &role.kinds)?;
            presets.push(RoundPreset {
                role: role.name,
                questions: role.questions,
                minutes: role.minutes,
                difficulties: role.difficulties,
                kinds: role.kinds,
                is_role: role.is_role,
                modules: weighted,
                available,
            });
        }
        Ok(presets)
    }
}
