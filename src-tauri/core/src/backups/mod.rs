//! Backups of the database: made with `VACUUM INTO` (a consistent copy of a
//! live WAL database, never a file copy), verified before they count, thinned
//! as Anki does, listed, and restored without restarting the app.

mod files;
mod thinning;

use std::path::PathBuf;

use chrono::{Local, NaiveDateTime};
use serde::Serialize;

use crate::storage::Store;
use crate::{Engine, Error, Result};

pub use files::{backup_folder, newest_good_backup, replace_database, set_aside};
pub use thinning::NEWEST_KEPT;

/// While the app is used, a backup at most this often (and only after a change).
pub const BACKUP_EVERY_MINUTES: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file name in the backups folder.
    pub name: String,
    /// RFC 3339, local time.
    pub created_at: String,
    /// Bytes (a backup larger than 4 GiB shows as 4 GiB).
    pub size_bytes: u32,
    pub reviews: u32,
}

impl Engine {
    /// Backs the database up now, verifies the copy and thins the old ones.
    pub fn back_up_now(&mut self) -> Result<BackupInfo> {
        let info = self.write_backup()?;
        files::thin(&backup_folder(&self.database_path()?), Local::now().naive_local())?;
        Ok(info)
    }

    fn write_backup(&mut self) -> Result<BackupInfo> {
        let path = self.database_path()?;
        let info = files::write_backup(&self.store, &path, Local::now().naive_local())?;
        self.store.changed = false;
        self.last_backup = Some(Local::now().naive_local());
        Ok(info)
    }

    /// A backup when something changed and the last one is old enough (or on close, `force`).
    pub fn back_up_if_due(&mut self, force: bool) -> Result<Option<BackupInfo>> {
        if self.store.path.is_none() || !self.store.changed {
            return Ok(None);
        }
        let now = Local::now().naive_local();
        let due = force
            || self
                .last_backup
                .is_none_or(|last| (now - last).num_minutes() >= BACKUP_EVERY_MINUTES);
        if !due {
            return Ok(None);
        }
        self.back_up_now().map(Some)
    }

    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        files::list(&backup_folder(&self.database_path()?))
    }

    /// Restores backup `name`: the current state is backed up first, then the
    /// file is replaced whole and reopened, all without restarting the app.
    /// Old backups are thinned only afterwards, so the one being restored is
    /// never deleted under it; if the swap fails, the engine stays on its file.
    pub fn restore_backup(&mut self, name: &str) -> Result<()> {
        let path = self.database_path()?;
        let backup = files::named_backup(&backup_folder(&path), name)?;
        files::verify(&backup).map_err(|reason| Error::InvalidInput(format!("backup {name} is damaged: {reason}")))?;
        self.store.changed = true;
        self.write_backup()?;
        self.close()?;
        let swapped = files::replace_database(&path, &backup);
        self.store = Store::open(&path)?;
        self.after_reopen()?;
        swapped?;
        files::thin(&backup_folder(&path), Local::now().naive_local())
    }

    fn database_path(&self) -> Result<PathBuf> {
        self.store
            .path
            .clone()
            .ok_or_else(|| Error::InvalidInput("an in-memory store has no backups".into()))
    }
}

/// When a backup file name says it was made, and its place among backups made
/// in the same second (`pyprep-<stamp>.sqlite3`, then `pyprep-<stamp>-2.sqlite3`, ...).
fn made_at(name: &str) -> Option<(NaiveDateTime, u32)> {
    let stem = name.strip_prefix("pyprep-")?.strip_suffix(".sqlite3")?;
    let (stamp, place) = match stem.get(15..) {
        Some("") => (stem, 1),
        Some(rest) => (&stem[..15], rest.strip_prefix('-')?.parse().ok().filter(|n| *n > 1)?),
        None => return None,
    };
    Some((NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?, place))
}

fn backup_name(at: NaiveDateTime, place: u32) -> String {
    let stamp = at.format("%Y%m%d-%H%M%S");
    match place {
        1 => format!("pyprep-{stamp}.sqlite3"),
        _ => format!("pyprep-{stamp}-{place}.sqlite3"),
    }
}

#[cfg(test)]
mod names {
    use super::*;

    #[test]
    fn backups_made_in_the_same_second_get_their_own_names_in_order() {
        let at = NaiveDateTime::parse_from_str("20261205-001811", "%Y%m%d-%H%M%S").unwrap();
        for place in [1, 2, 17] {
            assert_eq!(made_at(&backup_name(at, place)), Some((at, place)));
        }
        for foreign in [
            "pyprep-20261205-001811-1.sqlite3",
            "pyprep-20261205-001811-x.sqlite3",
            "pyprep-20261205-0018.sqlite3",
            ".partial-pyprep-20261205-001811.sqlite3",
        ] {
            assert_eq!(made_at(foreign), None, "{foreign}");
        }
    }
}
