//! Module readiness: how much of each module the user would recall now and
//! on the interview date. A question never studied counts as not recalled.

use std::collections::HashMap;

use serde::Serialize;

use crate::scheduler::day::day_of_date;
use crate::{Engine, Result};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    /// The interview date from the settings, when it is set.
    pub interview_date: Option<String>,
    pub modules: Vec<ModuleReadiness>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleReadiness {
    pub slug: String,
    pub title: String,
    pub questions: u32,
    /// Questions answered at least once.
    pub seen: u32,
    /// Average predicted recall over all the module's questions, 0 to 1.
    pub recall_now: f32,
    /// The same on the interview date, if one is set and not past.
    pub recall_on_date: Option<f32>,
}

#[derive(Default)]
struct Sums {
    seen: u32,
    now: f64,
    on_date: f64,
}

impl Engine {
    /// Readiness of every module with questions (or of `module` alone).
    pub(crate) fn readiness(&self, module: Option<&str>) -> Result<Readiness> {
        let today = self.today();
        let interview_day = self
            .settings
            .interview_date
            .as_deref()
            .and_then(day_of_date)
            .filter(|day| *day >= today);
        let mut sums: HashMap<String, Sums> = HashMap::new();
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/readiness_cards.sql"))?;
        let mut rows = statement.query([module])?;
        while let Some(row) = rows.next()? {
            let (stability, difficulty, last_day): (f32, f32, i64) = (row.get(1)?, row.get(2)?, row.get(3)?);
            let entry = sums.entry(row.get(0)?).or_default();
            entry.seen += 1;
            entry.now += f64::from(self.model.recall(stability, difficulty, today - last_day));
            if let Some(day) = interview_day {
                entry.on_date += f64::from(self.model.recall(stability, difficulty, day - last_day));
            }
        }
        let modules = self
            .modules()?
            .into_iter()
            .filter(|m| m.question_count > 0 && module.is_none_or(|slug| slug == m.slug))
            .map(|m| {
                let sums = sums.remove(&m.slug).unwrap_or_default();
                let share = |total: f64| (total / f64::from(m.question_count)) as f32;
                ModuleReadiness {
                    questions: m.question_count,
                    seen: sums.seen,
                    recall_now: share(sums.now),
                    recall_on_date: interview_day.map(|_| share(sums.on_date)),
                    slug: m.slug,
                    title: m.title,
                }
            })
            .collect();
        Ok(Readiness {
            interview_date: self.settings.interview_date.clone(),
            modules,
        })
    }
}
