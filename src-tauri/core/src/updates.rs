//! Whether Pyprep may ask for updates: the one network request it can make,
//! and only when the user turned it on in Settings.

use crate::{Error, Result, Settings};

impl Settings {
    /// Ok when the user allowed update checks; otherwise the error to show.
    pub fn allow_update_check(&self) -> Result<()> {
        if self.check_for_updates {
            Ok(())
        } else {
            Err(Error::InvalidInput(
                "update checks are off: turn on “Check for updates” in Settings first".into(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_are_off_for_new_users_and_old_settings_files() {
        assert!(!Settings::default().check_for_updates);
        let from_before: Settings = serde_json::from_str(r#"{"theme":"dark","newPerDay":5}"#).unwrap();
        assert!(!from_before.check_for_updates);
        assert!(from_before.allow_update_check().is_err());
    }

    #[test]
    fn a_check_is_allowed_only_once_turned_on() {
        let off = Settings::default();
        let error = off.allow_update_check().unwrap_err();
        assert_eq!(error.kind(), "invalid_input");
        assert!(error.to_string().contains("Check for updates"));
        let on = Settings {
            check_for_updates: true,
            ..Settings::default()
        };
        assert!(on.allow_update_check().is_ok());
    }
}
