//! The SQLite store: opening, pragmas, migrations and the transaction wrapper.
//! Queries live in `sql/*.sql` beside the modules that run them.

mod migrations;
mod transact;

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::{Error, Result};

pub use migrations::SCHEMA_VERSION;

pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Opens (or creates) the database file and brings its schema up to date.
    /// A file that is not a database, or one from a newer Pyprep, is refused untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let describe = |error: rusqlite::Error| corrupt_or(path, error);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(describe)?;
        // Reading the schema version first fails fast on a file that is not a database,
        // before any pragma could write to it.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(describe)?;
        migrations::refuse_newer(version)?;
        conn.pragma_update(None, "journal_mode", "wal").map_err(describe)?;
        Self::configure(conn).map_err(|error| match error {
            Error::Database(inner) => corrupt_or(path, inner),
            other => other,
        })
    }

    /// An empty store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::configure(Connection::open_in_memory()?)
    }

    fn configure(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "synchronous", "full")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "busy_timeout", 5000)?;
        let mut store = Store { conn };
        migrations::migrate(&mut store.conn)?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
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
