//! The simulator fed from the store: the cards studied so far, the plan's new
//! questions in the order it introduces them, the time budget, and a set of
//! settings (saved or not yet: Settings shows a forecast while they change).

use std::collections::HashMap;

use super::pacing::{module_order, ModuleProgress};
use super::simulate::{simulate, Simulation, SimulationInput, StudiedCard};
use crate::scheduler::day::day_of_date;
use crate::{Engine, Result, Settings};

/// Before the user has answered enough to measure, a minute per answer is assumed.
const DEFAULT_SECONDS_PER_ANSWER: f32 = 60.0;
/// Answers measured for the average (the most recent ones).
const MEASURED_ANSWERS: u32 = 500;
/// A plan simulates at most a year ahead.
const MAX_DAYS: i64 = 366;

/// What the simulation may change about the settings, to compare options.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Variation {
    pub retention: Option<f32>,
    pub ignore_budget: bool,
    pub without_interview_rule: bool,
}

impl Engine {
    /// The days until the interview under `settings`; None without a date ahead.
    pub fn simulate_plan(&self, settings: &Settings) -> Result<Option<Simulation>> {
        self.check_settings(settings)?;
        self.simulate_with(settings, Variation::default())
    }

    pub(crate) fn simulate_with(&self, settings: &Settings, variation: Variation) -> Result<Option<Simulation>> {
        Ok(self
            .simulation_input(settings, variation)?
            .map(|input| simulate(&input)))
    }

    /// The user's average seconds per answer, from their recent answers (of
    /// answers given at the same time, the last recorded counts as the more recent).
    pub fn seconds_per_answer(&self) -> Result<f32> {
        let (count, mean): (u32, Option<f64>) = self
            .store
            .conn
            .prepare_cached(
                "SELECT COUNT(*), AVG(duration_ms) FROM (SELECT duration_ms FROM revlog ORDER BY reviewed_ms DESC, id DESC LIMIT ?1)",
            )?
            .query_row([MEASURED_ANSWERS], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(match mean {
            Some(ms) if count >= 20 => (ms / 1000.0) as f32,
            _ => DEFAULT_SECONDS_PER_ANSWER,
        })
    }

    fn simulation_input(&self, settings: &Settings, variation: Variation) -> Result<Option<SimulationInput>> {
        let today = self.today();
        let Some(interview_day) = settings.interview_date.as_deref().and_then(day_of_date) else {
            return Ok(None);
        };
        if interview_day <= today || interview_day - today > MAX_DAYS {
            return Ok(None);
        }
        let weights = self.priority_weights(settings)?;
        let index: HashMap<&str, usize> = weights.iter().enumerate().map(|(i, m)| (m.slug.as_str(), i)).collect();
        let mut studied = Vec::new();
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/simulation_cards.sql"))?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let slug: String = row.get(0)?;
            studied.push(StudiedCard {
                module: index.get(slug.as_str()).copied(),
                stability: row.get(1)?,
                difficulty: row.get(2)?,
                last_day: row.get(3)?,
                due_day: row.get(4)?,
            });
        }
        let unseen: u32 = weights.iter().map(|m| m.unseen).sum();
        let new_questions = module_order(&weights, unseen)
            .iter()
            .filter_map(|slug| index.get(slug.as_str()).copied())
            .collect();
        let seconds_per_answer = self.seconds_per_answer()?;
        let answers_per_day = settings
            .daily_minutes
            .filter(|_| !variation.ignore_budget)
            .map(|minutes| ((minutes as f32 * 60.0) / seconds_per_answer).floor() as u32);
        let titles: HashMap<String, String> = self.modules()?.into_iter().map(|m| (m.slug, m.title)).collect();
        Ok(Some(SimulationInput {
            model: self.model.clone(),
            desired_retention: variation.retention.unwrap_or(settings.desired_retention),
            today,
            interview_day,
            new_questions_days_early: settings.new_questions_days_early,
            modules: weights
                .iter()
                .map(|m| titles.get(&m.slug).cloned().unwrap_or_default())
                .collect(),
            module_sizes: weights.iter().map(|m| m.questions).collect(),
            studied,
            new_questions,
            reviews_per_day: settings.reviews_per_day,
            answers_per_day,
            seconds_per_answer,
            interview_rule: !variation.without_interview_rule,
            seed: interview_day as u64,
        }))
    }

    /// The priority modules of `settings` (the role's, or every module) less
    /// the left-out ones, in bank order.
    pub(crate) fn priority_weights(&self, settings: &Settings) -> Result<Vec<ModuleProgress>> {
        let progress = self.priority(self.today())?;
        let role_weights = match &settings.target_role {
            Some(role) => self
                .roles()?
                .into_iter()
                .find(|r| &r.name == role)
                .map(|r| r.module_weights),
            None => None,
        };
        Ok(self
            .modules()?
            .into_iter()
            .filter(|module| !settings.excluded_modules.contains(&module.slug))
            .filter_map(|module| {
                let introduced = progress.progress.get(&module.slug)?;
                let weight = match &role_weights {
                    Some(weights) => weights.iter().find(|(slug, _)| *slug == module.slug)?.1,
                    None => 1,
                };
                Some(ModuleProgress {
                    slug: module.slug,
                    weight,
                    questions: introduced.questions,
                    unseen: introduced.unseen,
                })
            })
            .collect())
    }
}
