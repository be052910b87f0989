//! The study plan: with an interview date, new questions are paced so that
//! every question of the target role's modules is introduced before the date
//! (or the days before it the user keeps for reviews), the same number each
//! day; without one, the daily limits apply. Left-out modules introduce nothing.

mod forecast;
mod options;
mod pacing;
pub mod simulate;

use std::collections::HashMap;

use serde::Serialize;

use crate::content::Difficulty;
use crate::scheduler::day::day_of_date;
use crate::scheduler::QueueCounts;
use crate::stats::ModuleReadiness;
use crate::{Engine, Result};

pub use options::{ModuleName, PlanOptions};
pub use pacing::{daily_new_quota, module_order, pacing_days, ModuleProgress};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PlanBasis {
    /// No interview date: the daily limits from the settings.
    DailyLimits,
    /// New questions paced to the interview date.
    InterviewDate,
    /// The interview date is today or past: back to the daily limits.
    DatePassed,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannedQuestion {
    pub id: String,
    pub title: String,
    pub module_title: String,
    pub difficulty: Difficulty,
}

/// Today's plan, as Home shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudyPlan {
    pub basis: PlanBasis,
    /// The target role, when it names one of the presets.
    pub target_role: Option<String>,
    pub interview_date: Option<String>,
    /// Study days before the interview date, today included.
    pub days_left: Option<u32>,
    /// Today's queue, within the plan's quota of new questions.
    pub counts: QueueCounts,
    /// New questions planned for the whole of today.
    pub new_quota: u32,
    /// The next new questions, up to the rest of today's quota.
    pub new_questions: Vec<PlannedQuestion>,
    /// Questions of the priority modules (the role's, or all) and those not yet seen.
    pub priority_questions: u32,
    pub priority_unseen: u32,
    /// Readiness of the priority modules, now and on the date.
    pub readiness: Vec<ModuleReadiness>,
    /// The engine's local time when it made the plan, RFC 3339 with the UTC
    /// offset ("2026-12-06T17:35:12+01:00"): Home's date and greeting.
    pub now: String,
}

/// How many new questions today allows in all, and why.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NewQuota {
    pub basis: PlanBasis,
    pub total: u32,
    pub days_left: Option<u32>,
}

/// How far one module's questions have been introduced.
pub(crate) struct Introduced {
    pub questions: u32,
    pub unseen: u32,
    first_seen_today: u32,
}

pub(crate) struct Priority {
    /// The role's modules and weights; None when no role is set (every module counts).
    role_modules: Option<Vec<(String, u32)>>,
    /// Modules the user left out: never among the priority modules.
    excluded: Vec<String>,
    /// Every module with questions.
    pub(crate) progress: HashMap<String, Introduced>,
}

impl Priority {
    fn modules(&self) -> Vec<ModuleProgress> {
        let weights: Vec<(String, u32)> = match &self.role_modules {
            Some(weights) => weights.clone(),
            None => self.progress.keys().map(|slug| (slug.clone(), 1)).collect(),
        };
        let mut modules: Vec<ModuleProgress> = weights
            .into_iter()
            .filter(|(slug, _)| !self.excluded.contains(slug))
            .filter_map(|(slug, weight)| {
                let introduced = self.progress.get(&slug)?;
                Some(ModuleProgress {
                    slug,
                    weight,
                    questions: introduced.questions,
                    unseen: introduced.unseen,
                })
            })
            .collect();
        modules.sort_by(|a, b| a.slug.cmp(&b.slug));
        modules
    }

    /// Priority questions not yet seen when today began.
    fn unseen_at_day_start(&self) -> u32 {
        self.modules()
            .iter()
            .map(|m| m.unseen + self.progress.get(&m.slug).map_or(0, |p| p.first_seen_today))
            .sum()
    }
}

impl Engine {
    fn role_modules(&self) -> Result<Option<Vec<(String, u32)>>> {
        let Some(role) = &self.settings.target_role else {
            return Ok(None);
        };
        Ok(self
            .roles()?
            .into_iter()
            .find(|r| &r.name == role)
            .map(|r| r.module_weights))
    }

    pub(crate) fn priority(&self, today: i64) -> Result<Priority> {
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/module_progress.sql"))?;
        let rows = statement.query_map([today], |row| {
            let introduced = Introduced {
                questions: row.get(1)?,
                unseen: row.get(2)?,
                first_seen_today: row.get(3)?,
            };
            Ok((row.get(0)?, introduced))
        })?;
        Ok(Priority {
            role_modules: self.role_modules()?,
            excluded: self.settings.excluded_modules.clone(),
            progress: rows.collect::<rusqlite::Result<_>>()?,
        })
    }

    fn interview_day(&self) -> Option<i64> {
        self.settings.interview_date.as_deref().and_then(day_of_date)
    }

    /// How many new questions today allows in all. Pacing to a date needs the
    /// modules' progress: `known` when the caller has it, else it is read.
    pub(crate) fn new_quota(&self, today: i64, known: Option<&Priority>) -> Result<NewQuota> {
        if let Some((day, quota)) = self.day_quota.get() {
            if day == today {
                return Ok(quota);
            }
        }
        let quota = self.work_out_quota(today, known)?;
        self.day_quota.set(Some((today, quota)));
        Ok(quota)
    }

    fn work_out_quota(&self, today: i64, known: Option<&Priority>) -> Result<NewQuota> {
        let daily_limit = |basis| NewQuota {
            basis,
            total: self.settings.new_per_day,
            days_left: None,
        };
        let Some(interview_day) = self.interview_day() else {
            return Ok(daily_limit(PlanBasis::DailyLimits));
        };
        if interview_day <= today {
            return Ok(daily_limit(PlanBasis::DatePassed));
        }
        let days_left = u32::try_from(interview_day - today).unwrap_or(u32::MAX);
        let unseen = match known {
            Some(priority) => priority.unseen_at_day_start(),
            None => self.priority(today)?.unseen_at_day_start(),
        };
        Ok(NewQuota {
            basis: PlanBasis::InterviewDate,
            // Once the priority modules are all introduced, the rest of the bank follows at the daily limit.
            total: if unseen == 0 {
                self.settings.new_per_day
            } else {
                daily_new_quota(unseen, pacing_days(days_left, self.settings.new_questions_days_early))
            },
            days_left: Some(days_left),
        })
    }

    /// The next `count` new questions: the role's modules first, in plan order,
    /// then the rest of the bank in module order; none from a left-out module.
    pub(crate) fn next_new_questions(&self, today: i64, count: u32) -> Result<Vec<String>> {
        match self.settings.target_role {
            Some(_) => self.next_new_from(Some(&self.priority(today)?), count),
            None => self.next_new_from(None, count),
        }
    }

    fn next_new_from(&self, priority: Option<&Priority>, count: u32) -> Result<Vec<String>> {
        let mut chosen = Vec::new();
        if let Some(priority) = priority.filter(|p| p.role_modules.is_some()) {
            let order = module_order(&priority.modules(), count);
            let mut wanted: HashMap<&str, u32> = HashMap::new();
            for slug in &order {
                *wanted.entry(slug).or_default() += 1;
            }
            let mut firsts = HashMap::new();
            for (slug, count) in wanted {
                firsts.insert(slug, self.first_new(Some(slug), count)?.into_iter());
            }
            chosen.extend(order.iter().filter_map(|slug| firsts.get_mut(slug.as_str())?.next()));
        }
        let missing = count.saturating_sub(chosen.len() as u32);
        if missing > 0 {
            let rest = self.first_new(None, missing + chosen.len() as u32)?;
            let rest: Vec<String> = rest
                .into_iter()
                .filter(|id| !chosen.contains(id))
                .take(missing as usize)
                .collect();
            chosen.extend(rest);
        }
        Ok(chosen)
    }

    fn first_new(&self, module: Option<&str>, count: u32) -> Result<Vec<String>> {
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("../scheduler/sql/next_new.sql"))?;
        let excluded = self.excluded_modules_json()?;
        let rows = statement.query_map(rusqlite::params![module, count, self.today(), excluded], |row| {
            row.get(0)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The left-out modules as a JSON array, for the queries that skip them.
    pub(crate) fn excluded_modules_json(&self) -> Result<String> {
        Ok(serde_json::to_string(&self.settings.excluded_modules)?)
    }

    pub fn study_plan(&self) -> Result<StudyPlan> {
        let today = self.today();
        let priority = self.priority(today)?;
        let quota = self.new_quota(today, Some(&priority))?;
        let counts = self.queue_counts_with(today, &quota)?;
        let modules = priority.modules();
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/planned_questions.sql"))?;
        let new_questions = self
            .next_new_from(Some(&priority), counts.new)?
            .iter()
            .map(|id| {
                statement.query_row([id], |row| {
                    Ok(PlannedQuestion {
                        id: row.get(0)?,
                        title: row.get(1)?,
                        module_title: row.get(2)?,
                        difficulty: crate::catalog::parse_enum(row, 3)?,
                    })
                })
            })
            .collect::<rusqlite::Result<_>>()?;
        let readiness = self
            .readiness(None)?
            .modules
            .into_iter()
            .filter(|m| modules.iter().any(|p| p.slug == m.slug))
            .collect();
        Ok(StudyPlan {
            basis: quota.basis,
            target_role: priority.role_modules.as_ref().and(self.settings.target_role.clone()),
            interview_date: self.settings.interview_date.clone(),
            days_left: quota.days_left,
            counts,
            new_quota: quota.total,
            new_questions,
            priority_questions: modules.iter().map(|m| m.questions).sum(),
            priority_unseen: modules.iter().map(|m| m.unseen).sum(),
            readiness,
            now: self.now_text(),
        })
    }
}
