//! Schema migrations, embedded at build time and keyed on `PRAGMA user_version`.
//! Each runs in its own transaction together with the version bump.

use rusqlite::Connection;

use crate::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_rounds.sql"),
    include_str!("migrations/0003_daily_stats.sql"),
    include_str!("migrations/0004_challenges.sql"),
    include_str!("migrations/0005_module_parts.sql"),
    include_str!("migrations/0006_marks_notes.sql"),
    include_str!("migrations/0007_queue_indexes.sql"),
    include_str!("migrations/0008_due_loads.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn refuse_newer(found: i64) -> Result<()> {
    if found > SCHEMA_VERSION {
        return Err(Error::NewerDatabase {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    refuse_newer(current)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_every_migration_from_empty() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        migrate(&mut conn).unwrap();
    }

    #[test]
    fn applies_the_rest_from_every_earlier_version() {
        for version in 0..MIGRATIONS.len() {
            let mut conn = Connection::open_in_memory().unwrap();
            for sql in &MIGRATIONS[..version] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", version as i64).unwrap();
            migrate(&mut conn).unwrap_or_else(|e| panic!("from version {version}: {e}"));
            let reached: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            assert_eq!(reached, SCHEMA_VERSION);
        }
    }

    #[test]
    fn refuses_a_newer_schema() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        assert!(matches!(migrate(&mut conn), Err(Error::NewerDatabase { .. })));
    }
}
