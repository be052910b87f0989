//! The backup files: written to a temporary name, verified, then renamed into
//! `backups/` beside the database; listed, thinned, and copied back on restore.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDateTime, TimeZone};
use rusqlite::{Connection, OpenFlags};

use super::{backup_name, made_at, thinning, BackupInfo};
use crate::storage::Store;
use crate::{Error, Result};

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// `backups/` in the folder that holds the database.
pub fn backup_folder(database: &Path) -> PathBuf {
    database.with_file_name("backups")
}

/// Copies the live database (a consistent snapshot, WAL included) and keeps
/// the copy only if it passes `integrity_check`; a failed one never replaces a good one.
pub(super) fn write_backup(store: &Store, database: &Path, now: NaiveDateTime) -> Result<BackupInfo> {
    let folder = backup_folder(database);
    std::fs::create_dir_all(&folder).map_err(io(&folder))?;
    // Never over an earlier backup made in the same second: that one holds another state.
    let name = (1..)
        .map(|place| backup_name(now, place))
        .find(|name| !folder.join(name).exists())
        .expect("a free name");
    let final_path = folder.join(&name);
    let partial = folder.join(format!(".partial-{name}"));
    std::fs::remove_file(&partial).ok();
    store.conn.execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
    if let Err(reason) = verify(&partial) {
        std::fs::remove_file(&partial).ok();
        return Err(Error::InvalidInput(format!(
            "the backup failed its check ({reason}); the earlier backups are kept"
        )));
    }
    std::fs::rename(&partial, &final_path).map_err(io(&final_path))?;
    info(&final_path)
}

/// `integrity_check` and `foreign_key_check` on a database file, opened read-only.
pub(super) fn verify(path: &Path) -> std::result::Result<(), String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| e.to_string())?;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))
        .map_err(|e| e.to_string())?;
    if integrity != "ok" {
        return Err(integrity);
    }
    let broken_keys: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |row| row.get(0))
        .map_err(|e| e.to_string())?;
    if broken_keys > 0 {
        return Err(format!("{broken_keys} rows point at missing rows"));
    }
    Ok(())
}

fn info(path: &Path) -> Result<BackupInfo> {
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let (made, _) = made_at(&name).ok_or_else(|| Error::NotFound(format!("backup {name}")))?;
    let size_bytes = u32::try_from(std::fs::metadata(path).map_err(io(path))?.len()).unwrap_or(u32::MAX);
    let reviews = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|conn| conn.query_row("SELECT COUNT(*) FROM revlog", [], |row| row.get(0)))
        .unwrap_or(0);
    let created_at = Local
        .from_local_datetime(&made)
        .earliest()
        .map_or_else(|| made.to_string(), |local| local.to_rfc3339());
    Ok(BackupInfo {
        name,
        created_at,
        size_bytes,
        reviews,
    })
}

/// Every backup, newest first.
pub(super) fn list(folder: &Path) -> Result<Vec<BackupInfo>> {
    let mut found: Vec<((NaiveDateTime, u32), PathBuf)> = match std::fs::read_dir(folder) {
        Ok(entries) => entries
            .flatten()
            .filter_map(|entry| Some((made_at(entry.file_name().to_str()?)?, entry.path())))
            .collect(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => return Err(io(folder)(error)),
    };
    found.sort_by_key(|(made, _)| std::cmp::Reverse(*made));
    found.iter().map(|(_, path)| info(path)).collect()
}

/// Deletes the backups the keeping rules no longer need.
pub(super) fn thin(folder: &Path, now: NaiveDateTime) -> Result<()> {
    let mut backups: Vec<(PathBuf, (NaiveDateTime, u32))> = std::fs::read_dir(folder)
        .map_err(io(folder))?
        .flatten()
        .filter_map(|entry| Some((entry.path(), made_at(entry.file_name().to_str()?)?)))
        .collect();
    // Newest first, so of two made in the same second the later counts as newer.
    backups.sort_by_key(|(_, made)| std::cmp::Reverse(*made));
    let by_time: Vec<(PathBuf, NaiveDateTime)> = backups.into_iter().map(|(path, (made, _))| (path, made)).collect();
    for doomed in thinning::to_delete(&by_time, now) {
        std::fs::remove_file(&doomed).map_err(io(&doomed))?;
    }
    Ok(())
}

pub(super) fn named_backup(folder: &Path, name: &str) -> Result<PathBuf> {
    let path = folder.join(name);
    if made_at(name).is_none() || !path.is_file() {
        return Err(Error::NotFound(format!("backup {name:?}")));
    }
    Ok(path)
}

/// The newest backup that passes the check, for the recovery screen.
pub fn newest_good_backup(database: &Path) -> Result<Option<BackupInfo>> {
    let folder = backup_folder(database);
    for backup in list(&folder)? {
        if verify(&folder.join(&backup.name)).is_ok() {
            return Ok(Some(backup));
        }
    }
    Ok(None)
}

/// Replaces the (closed) database with a copy of `backup`: copied beside it,
/// flushed, then renamed over it, so a crash leaves one file or the other whole.
/// A leftover write-ahead log of the old file is removed first: it must never
/// be replayed into the restored one.
pub fn replace_database(database: &Path, backup: &Path) -> Result<()> {
    let incoming = database.with_extension("sqlite3.restoring");
    std::fs::copy(backup, &incoming).map_err(io(&incoming))?;
    std::fs::File::open(&incoming)
        .and_then(|file| file.sync_all())
        .map_err(io(&incoming))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", database.display()));
        if side.exists() {
            std::fs::remove_file(&side).map_err(io(&side))?;
        }
    }
    std::fs::rename(&incoming, database).map_err(io(database))
}

/// Keeps a damaged database (and its log) beside it under a dated name; never deletes it.
pub fn set_aside(database: &Path) -> Result<PathBuf> {
    let stamp = Local::now().format("%Y%m%d-%H%M%S");
    let kept = PathBuf::from(format!("{}.damaged-{stamp}", database.display()));
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", database.display()));
        if from.exists() {
            let to = PathBuf::from(format!("{}{suffix}", kept.display()));
            std::fs::rename(&from, &to).map_err(io(&from))?;
        }
    }
    Ok(kept)
}
