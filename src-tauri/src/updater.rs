//! The opt-in update check against the project's GitHub releases, with update
//! files verified against the public key in tauri.conf.json. The commands that
//! call it refuse unless the user turned "Check for updates" on.

use serde::Serialize;
use tauri::AppHandle;
use tauri_plugin_updater::{Error, Update, UpdaterExt};

use crate::error::IpcError;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UpdateStatus {
    /// The version running now.
    pub current: String,
    /// The newer version on offer, if any.
    pub available: Option<String>,
    /// What the release says about it.
    pub notes: Option<String>,
}

async fn newer(app: &AppHandle) -> Result<Option<Update>, IpcError> {
    app.updater().map_err(check_failed)?.check().await.map_err(check_failed)
}

pub async fn check(app: &AppHandle) -> Result<UpdateStatus, IpcError> {
    let update = newer(app).await?;
    Ok(UpdateStatus {
        current: app.package_info().version.to_string(),
        available: update.as_ref().map(|update| update.version.clone()),
        notes: update.and_then(|update| update.body),
    })
}

/// Downloads the newer version, checks its signature, installs it and restarts.
pub async fn install(app: &AppHandle) -> Result<(), IpcError> {
    let Some(update) = newer(app).await? else {
        return Err(IpcError {
            kind: "no_update".into(),
            message: "there is no newer version to install".into(),
        });
    };
    update
        .download_and_install(|_, _| {}, || {})
        .await
        .map_err(|error| IpcError {
            kind: "update_install".into(),
            message: format!("the update could not be installed, and nothing changed: {error}"),
        })?;
    app.restart()
}

fn check_failed(error: Error) -> IpcError {
    let (kind, message) = match error {
        Error::Reqwest(_) => ("offline", "could not reach GitHub: you may be offline".to_owned()),
        Error::ReleaseNotFound => ("no_release", "GitHub has no Pyprep release to offer yet".to_owned()),
        other => (
            "update_check",
            format!("the release on GitHub could not be read: {other}"),
        ),
    };
    IpcError {
        kind: kind.into(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_check_says_why_in_words() {
        let missing = check_failed(Error::ReleaseNotFound);
        assert_eq!(missing.kind, "no_release");
        let unreadable = check_failed(Error::EmptyEndpoints);
        assert_eq!(unreadable.kind, "update_check");
        assert!(
            unreadable.message.contains("could not be read"),
            "{}",
            unreadable.message
        );
    }
}
