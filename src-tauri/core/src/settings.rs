use serde::{Deserialize, Serialize};

use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Light,
    Dark,
    #[default]
    System,
}

/// The user's preferences. The app persists them; the engine validates and uses them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    pub theme: Theme,
    /// New questions introduced per day.
    pub new_per_day: u32,
    /// Reviews shown per day.
    pub reviews_per_day: u32,
    /// The recall probability the scheduler aims for when a question comes back.
    pub desired_retention: f32,
    /// Local hour at which a new study day starts.
    pub rollover_hour: u32,
    /// The role the user is preparing for (a preset name); its modules come first.
    pub target_role: Option<String>,
    /// The interview date, `YYYY-MM-DD`; the study plan paces new questions to it.
    pub interview_date: Option<String>,
    /// The CPython that runs code WebAssembly cannot (threads, processes); None finds one on PATH.
    pub python_path: Option<String>,
    /// Run every challenge on that CPython instead of the built-in runtime.
    pub always_use_python: bool,
    /// Minutes a day the user can study; the day's work stops there. None: no budget.
    pub daily_minutes: Option<u32>,
    /// With an interview date, new questions are paced to be all introduced
    /// this many days before it, leaving the last days to reviews.
    pub new_questions_days_early: u32,
    /// Modules (slugs) left out of the plan: they introduce no new questions,
    /// though reviews of their questions already studied still come.
    pub excluded_modules: Vec<String>,
    /// The first-run welcome is done (finished or skipped). A settings file from
    /// before the welcome existed belongs to someone who has used Pyprep: welcomed.
    #[serde(default = "welcomed_before_the_welcome")]
    pub welcomed: bool,
    /// Ask the project's GitHub releases whether a newer Pyprep exists, at
    /// start-up and on demand. Off unless the user turns it on: it is the only
    /// network request Pyprep can make.
    pub check_for_updates: bool,
}

/// The most days before the interview that new questions can be paced to finish.
pub const MAX_DAYS_EARLY: u32 = 90;

fn welcomed_before_the_welcome() -> bool {
    true
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            new_per_day: 10,
            reviews_per_day: 200,
            desired_retention: 0.90,
            rollover_hour: 4,
            target_role: None,
            interview_date: None,
            python_path: None,
            always_use_python: false,
            daily_minutes: None,
            new_questions_days_early: 0,
            excluded_modules: Vec::new(),
            welcomed: false,
            check_for_updates: false,
        }
    }
}

impl Settings {
    pub fn validate(&self) -> Result<()> {
        let invalid = |message: &str| Err(Error::InvalidInput(message.to_owned()));
        if !(0.70..=0.99).contains(&self.desired_retention) {
            return invalid("desired retention must be between 0.70 and 0.99");
        }
        if self.rollover_hour > 23 {
            return invalid("the day rollover hour must be between 0 and 23");
        }
        if self.new_per_day > 9999 || self.reviews_per_day > 9999 {
            return invalid("daily limits must be between 0 and 9999");
        }
        if self
            .python_path
            .as_ref()
            .is_some_and(|path| path.trim().is_empty() || path.len() > 4096)
        {
            return invalid("the Python path must be the path of a CPython 3.12 or newer executable");
        }
        if self.daily_minutes.is_some_and(|minutes| !(5..=600).contains(&minutes)) {
            return invalid("the daily time budget must be between 5 and 600 minutes");
        }
        if self.new_questions_days_early > MAX_DAYS_EARLY {
            return invalid("new questions can finish at most 90 days before the interview");
        }
        if let Some(date) = &self.interview_date {
            if crate::scheduler::day::day_of_date(date).is_none() {
                return invalid("the interview date must be a date like 2027-03-15");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_as_documented() {
        let settings = Settings::default();
        settings.validate().unwrap();
        assert_eq!(
            (settings.new_per_day, settings.reviews_per_day, settings.rollover_hour),
            (10, 200, 4)
        );
        assert!((settings.desired_retention - 0.90).abs() < f32::EPSILON);
    }

    #[test]
    fn rejects_out_of_range_values() {
        let bad_retention = Settings {
            desired_retention: 1.0,
            ..Settings::default()
        };
        assert!(matches!(bad_retention.validate(), Err(Error::InvalidInput(_))));
        let bad_hour = Settings {
            rollover_hour: 24,
            ..Settings::default()
        };
        assert!(bad_hour.validate().is_err());
        let bad_date = Settings {
            interview_date: Some("next Tuesday".into()),
            ..Settings::default()
        };
        assert!(bad_date.validate().is_err());
    }

    #[test]
    fn missing_fields_take_defaults() {
        let settings: Settings = serde_json::from_str(r#"{"theme":"dark"}"#).unwrap();
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(settings.new_per_day, 10);
        assert!(
            settings.welcomed,
            "a file from before the welcome is a returning user's"
        );
        assert!(!Settings::default().welcomed, "no file at all is a new user");
    }
}
