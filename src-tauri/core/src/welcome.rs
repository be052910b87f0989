//! The first-run welcome: once, before the first review, a new user picks the
//! role to prepare for and the interview date, or skips both.

use serde::{Deserialize, Serialize};

use crate::scheduler::day::day_of_date;
use crate::{Engine, Error, Result, Settings};

/// What the welcome asks; both are optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WelcomeChoice {
    pub target_role: Option<String>,
    /// `YYYY-MM-DD`, today or later.
    pub interview_date: Option<String>,
}

impl Engine {
    /// A new user: not through the welcome yet and no answer recorded, so
    /// someone who studied before the welcome existed never sees it.
    pub fn needs_welcome(&self) -> Result<bool> {
        if self.settings.welcomed {
            return Ok(false);
        }
        let answered: bool = self
            .store
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM revlog)", [], |row| row.get(0))?;
        Ok(!answered)
    }

    /// The settings once the welcome is done: its choice when one was made (a
    /// skip keeps the settings as they are), and the welcome never shown again.
    pub fn settings_after_welcome(&self, choice: Option<WelcomeChoice>) -> Result<Settings> {
        let mut settings = Settings {
            welcomed: true,
            ..self.settings.clone()
        };
        if let Some(choice) = choice {
            if let Some(date) = &choice.interview_date {
                if day_of_date(date).is_some_and(|day| day < self.today()) {
                    return Err(Error::InvalidInput(
                        "the interview date has passed: pick today or a later day".into(),
                    ));
                }
            }
            settings.target_role = choice.target_role;
            settings.interview_date = choice.interview_date;
        }
        self.check_settings(&settings)?;
        Ok(settings)
    }
}
