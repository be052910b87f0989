//! What would help a plan that falls short, found by simulating it: how many
//! days early to finish the new questions, and which modules to leave out.
//! Both are settings the scheduler honours, so a choice taken here is what
//! the queue does.

use serde::Serialize;

use super::forecast::Variation;
use super::simulate::Simulation;
use crate::settings::MAX_DAYS_EARLY;
use crate::{Engine, Result, Settings};

/// Shares of the days to the interview tried as the days to finish early.
const EARLY_SHARES: [f64; 4] = [0.125, 0.25, 0.375, 0.5];

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleName {
    pub slug: String,
    pub title: String,
}

/// Changes to the settings that make more of the plan fit; none when it fits.
#[derive(Debug, Clone, PartialEq, Default, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanOptions {
    /// Days before the interview to finish the new questions, when finishing earlier helps.
    pub days_early: Option<u32>,
    /// Modules to leave out as well as those already left out, fewest first.
    pub leave_out: Vec<ModuleName>,
}

/// How far a plan falls short: questions unseen on the day, then answers left over.
fn shortfall(simulation: &Simulation) -> (u32, u32) {
    let left_over = simulation.days.iter().map(|day| day.left_over).sum();
    (simulation.unseen_on_day, left_over)
}

impl Engine {
    /// What would help the plan under `settings` fit; nothing without a date ahead.
    pub fn plan_options(&self, settings: &Settings) -> Result<PlanOptions> {
        self.check_settings(settings)?;
        let Some(plan) = self.simulate_with(settings, Variation::default())? else {
            return Ok(PlanOptions::default());
        };
        if shortfall(&plan) == (0, 0) {
            return Ok(PlanOptions::default());
        }
        let titles: std::collections::HashMap<String, String> =
            self.modules()?.into_iter().map(|m| (m.slug, m.title)).collect();
        Ok(PlanOptions {
            days_early: self.days_early_to_fit(settings, &plan)?,
            leave_out: self
                .modules_to_leave_out(settings, &plan)?
                .into_iter()
                .map(|slug| ModuleName {
                    title: titles.get(&slug).cloned().unwrap_or_else(|| slug.clone()),
                    slug,
                })
                .collect(),
        })
    }

    /// Of a few more days early than now, the one that leaves the plan least
    /// short; None when none of them does better than `plan`.
    fn days_early_to_fit(&self, settings: &Settings, plan: &Simulation) -> Result<Option<u32>> {
        let days = u32::try_from(plan.days.len()).unwrap_or(u32::MAX);
        let mut best = (shortfall(plan), None);
        let mut tried = Vec::new();
        for share in EARLY_SHARES {
            let early = ((f64::from(days) * share).round() as u32).min(MAX_DAYS_EARLY);
            if early <= settings.new_questions_days_early || early >= days || tried.contains(&early) {
                continue;
            }
            tried.push(early);
            let trial = Settings {
                new_questions_days_early: early,
                ..settings.clone()
            };
            if let Some(simulation) = self.simulate_with(&trial, Variation::default())? {
                if shortfall(&simulation) < best.0 {
                    best = (shortfall(&simulation), Some(early));
                }
            }
        }
        Ok(best.1)
    }

    /// The fewest modules to leave out so that every question left is seen by
    /// the day: the one with the most unseen questions first, then the next,
    /// until nothing is left unseen or leaving one more out no longer helps.
    /// One module always stays in the plan.
    fn modules_to_leave_out(&self, settings: &Settings, plan: &Simulation) -> Result<Vec<String>> {
        let mut candidates = self.priority_weights(settings)?;
        let in_plan = candidates.len();
        candidates.retain(|module| module.unseen > 0);
        // Stable: of modules with as many unseen, the first in the bank goes first.
        candidates.sort_by_key(|module| std::cmp::Reverse(module.unseen));
        let mut unseen = plan.unseen_on_day;
        let mut trial = settings.clone();
        let mut left_out = Vec::new();
        for module in candidates {
            if unseen == 0 || left_out.len() + 1 >= in_plan {
                break;
            }
            trial.excluded_modules.push(module.slug.clone());
            let Some(simulation) = self.simulate_with(&trial, Variation::default())? else {
                break;
            };
            if simulation.unseen_on_day >= unseen {
                break;
            }
            unseen = simulation.unseen_on_day;
            left_out.push(module.slug);
        }
        Ok(left_out)
    }
}
