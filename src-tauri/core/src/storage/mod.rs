//! The SQLite store: opening, pragmas, migrations and the transaction wrapper.
//! Queries live in `sql/*.sql` beside the modules that run them.

mod migrations;
mod transact;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::{Error, Result};

pub use migrations::SCHEMA_VERSION;

pub struct Store {
    pub(crate) conn: Connection,
    /// The database file; None in memory.
    pub(crate) path: Option<PathBuf>,
    /// A transaction committed since the last backup.
    pub(crate) changed: bool,
    /// Tells this store apart from every other opened in the process.
    serial: u64,
    /// Transactions begun on this store, committed or not.
    transactions: u64,
}

/// Identifies the data a store holds at one moment: equal versions of the same
/// store mean nothing was written in between, so whatever was worked out from
/// it still holds. Anything that changes rows on this connection (through
/// [`Store::transact`] or not) moves it on, and so does a commit by another
/// connection to the same file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StoreVersion {
    serial: u64,
    transactions: u64,
    row_changes: u64,
    others: i64,
}

static STORES_OPENED: AtomicU64 = AtomicU64::new(0);

impl Store {
    /// Opens (or creates) the database file and brings its schema up to date.
    /// A file that is not Pyprep's (empty, another program's database, damaged,
    /// or from a newer Pyprep) is refused untouched, and the file's pages are
    /// checked before anything is written.
    pub fn open(path: &Path) -> Result<Store> {
        let describe = |error: rusqlite::Error| corrupt_or(path, error);
        let existed = path.exists();
        if existed && std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
            return Err(corrupt(path, "the file is empty (0 bytes)"));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(describe)?;
        // Reading the schema version first fails fast on a file that is not a database,
        // before any pragma could write to it.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(describe)?;
        if version < 0 {
            return Err(corrupt(path, &format!("its schema version is {version}")));
        }
        migrations::refuse_newer(version)?;
        if existed {
            check_is_ours(&conn, version).map_err(|reason| corrupt(path, &reason))?;
            // Every open, not only after a crash: a page can go bad on disk between sessions,
            // and nothing may be written to a damaged file. A few ms on a warm file.
            if version > 0 {
                quick_check(path, flags).map_err(|reason| corrupt(path, &reason))?;
            }
        }
        conn.pragma_update(None, "journal_mode", "wal").map_err(describe)?;
        let mut store = Self::configure(conn).map_err(|error| match error {
            Error::Database(inner) => corrupt_or(path, inner),
            other => other,
        })?;
        store.path = Some(path.to_owned());
        Ok(store)
    }

    /// Closes the database cleanly: everything in the write-ahead log goes into
    /// the main file, so the `.sqlite3` file alone holds all progress.
    pub fn close(self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.close().map_err(|(_, error)| Error::Database(error))
    }

    /// An empty store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::configure(Connection::open_in_memory()?)
    }

    fn configure(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "synchronous", "full")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "busy_timeout", 5000)?;
        let mut store = Store {
            conn,
            path: None,
            changed: false,
            serial: STORES_OPENED.fetch_add(1, Ordering::Relaxed),
            transactions: 0,
        };
        migrations::migrate(&mut store.conn)?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// Where the data stands now; see [`StoreVersion`]. A few microseconds.
    pub(crate) fn version(&self) -> Result<StoreVersion> {
        Ok(StoreVersion {
            serial: self.serial,
            transactions: self.transactions,
            row_changes: self.conn.total_changes(),
            others: self.commits_by_others()?,
        })
    }

    /// Tells this store apart from every other opened in the process, and
    /// moves on when another connection commits to its file: what this
    /// engine's own writes cannot change stays valid while it is the same.
    pub(crate) fn outside_version(&self) -> Result<(u64, i64)> {
        Ok((self.serial, self.commits_by_others()?))
    }

    fn commits_by_others(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |row| row.get(0))?)
    }
}

/// A file with tables but none of Pyprep's is another program's database.
fn check_is_ours(conn: &Connection, version: i64) -> std::result::Result<(), String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(|error| error.to_string())?;
    let ours = tables.iter().any(|name| name == "meta");
    match (version, tables.is_empty(), ours) {
        (0, true, _) | (1.., _, true) => Ok(()),
        _ => Err(format!(
            "it is another program's database (tables: {})",
            tables.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        )),
    }
}

/// SQLite's quick check of every page of the file, on a connection of its own
/// without virtual-table modules. Since SQLite 3.44 the check also has each
/// FTS5 table tokenize all its text again to compare it with its index: 29 of
/// the check's 35 ms on the bank, at every start while the window opens. SQLite
/// skips a table whose module is missing; the indexes' own tables are ordinary
/// tables and are still checked page by page, and the indexes are derived data
/// that Check database rebuilds.
fn quick_check(path: &Path, flags: OpenFlags) -> std::result::Result<(), String> {
    let conn = Connection::open_with_flags(path, flags).map_err(|error| error.to_string())?;
    // SAFETY: the handle belongs to `conn`, which is open for this whole call, and
    // a null list is the documented way to drop every module.
    let dropped = unsafe { rusqlite::ffi::sqlite3_drop_modules(conn.handle(), std::ptr::null_mut()) };
    if dropped != rusqlite::ffi::SQLITE_OK {
        return Err(format!("the check could not be set up (SQLite error {dropped})"));
    }
    let result: String = conn
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(|error| error.to_string())?;
    if result == "ok" {
        Ok(())
    } else {
        Err(format!("its pages are damaged ({result})"))
    }
}

fn corrupt(path: &Path, reason: &str) -> Error {
    Error::CorruptDatabase {
        path: path.display().to_string(),
        reason: reason.to_owned(),
    }
}

fn corrupt_or(path: &Path, error: rusqlite::Error) -> Error {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Error::CorruptDatabase {
            path: path.display().to_string(),
            reason: error.to_string(),
        },
        _ => Error::Database(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_connection_syncs_fully_and_enforces_foreign_keys() {
        let dir = std::env::temp_dir().join(format!("pyprep-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&dir.join("db")).unwrap();
        let pragma = |name: &str| -> i64 {
            store
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |row| row.get(0))
                .unwrap()
        };
        assert_eq!((pragma("synchronous"), pragma("foreign_keys")), (2, 1));
        let orphan = store.conn.execute(
            "INSERT INTO cards VALUES ('missing', 'review', 1, 1, 0, 0, 0, 1, 0)",
            [],
        );
        assert!(orphan.is_err(), "a card must belong to a question");
        drop(store);
        std::fs::remove_dir_all(&dir).ok();
    }
}
