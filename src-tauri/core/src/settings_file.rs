//! The settings file (`settings.json` in the data folder): written whole and
//! atomically (a temporary file, flushed to disk, renamed over the old one),
//! and never silently replaced: a file that cannot be read is kept aside and
//! the user is told.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::{Result, Settings};

const KEY: &str = "settings";

/// The settings read at start-up, and what to tell the user about them, if anything.
pub struct Loaded {
    pub settings: Settings,
    pub notice: Option<String>,
}

/// Reads the settings; a missing file means the defaults. A file that cannot be
/// read or holds invalid settings is renamed aside (never deleted) and the
/// defaults are used, with a notice that says where the damaged file went.
pub fn load(path: &Path) -> Loaded {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Loaded {
                settings: Settings::default(),
                notice: None,
            }
        }
        Err(error) => return set_aside(path, &error.to_string()),
    };
    let parsed = serde_json::from_str::<Value>(&text)
        .map_err(|e| e.to_string())
        .and_then(|value| {
            let settings = value.get(KEY).cloned().ok_or("it holds no settings")?;
            serde_json::from_value::<Settings>(settings).map_err(|e| e.to_string())
        })
        .and_then(|settings| settings.validate().map(|()| settings).map_err(|e| e.to_string()));
    match parsed {
        Ok(settings) => Loaded { settings, notice: None },
        Err(reason) => set_aside(path, &reason),
    }
}

fn set_aside(path: &Path, reason: &str) -> Loaded {
    let kept = damaged_name(path);
    let notice = match std::fs::rename(path, &kept) {
        Ok(()) => format!(
            "Your settings file could not be read ({reason}). It was kept as {} and the default settings are in use.",
            kept.display()
        ),
        Err(_) => format!(
            "Your settings file {} could not be read ({reason}); the default settings are in use.",
            path.display()
        ),
    };
    Loaded {
        settings: Settings::default(),
        notice: Some(notice),
    }
}

fn damaged_name(path: &Path) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path.file_name().map_or("settings.json".into(), |n| n.to_string_lossy());
    path.with_file_name(format!("{name}.damaged-{stamp}"))
}

/// Writes the settings whole: a temporary file, flushed to disk, then renamed
/// over the old one, so a crash or a full disk leaves the old file intact.
pub fn save(path: &Path, settings: &Settings) -> Result<()> {
    settings.validate()?;
    let text = serde_json::to_string_pretty(&json!({ KEY: settings }))?;
    crate::files::write_atomically(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Theme;

    #[test]
    fn a_saved_file_reads_back_and_a_missing_one_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let missing = load(&path);
        assert_eq!((missing.settings, missing.notice), (Settings::default(), None));
        let settings = Settings {
            theme: Theme::Dark,
            new_per_day: 25,
            ..Settings::default()
        };
        save(&path, &settings).unwrap();
        assert_eq!(load(&path).settings, settings);
        assert!(!path.with_extension("json.partial").exists());
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_the_user_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        for damage in ["{ not json", "{\"settings\": {\"desiredRetention\": 3.0}}", "[]"] {
            std::fs::write(&path, damage).unwrap();
            let loaded = load(&path);
            assert_eq!(loaded.settings, Settings::default());
            let notice = loaded.notice.expect("a notice");
            assert!(notice.contains("could not be read"), "{notice}");
            assert!(
                !path.exists(),
                "the damaged file is moved aside, not left to be overwritten"
            );
            let kept: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
            assert!(kept
                .iter()
                .any(|e| std::fs::read_to_string(e.path()).unwrap() == damage));
            for entry in kept {
                std::fs::remove_file(entry.path()).unwrap();
            }
        }
    }

    #[test]
    fn invalid_settings_are_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let bad = Settings {
            rollover_hour: 30,
            ..Settings::default()
        };
        assert!(save(&path, &bad).is_err());
        assert!(!path.exists());
    }
}
