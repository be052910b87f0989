//! Keeps `daily_stats` equal to the review log summed per day, module and
//! kind. Each answer and each undo refreshes its day inside its transaction.

use rusqlite::Transaction;

use crate::Result;

pub(crate) fn refresh_day(tx: &Transaction, day: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM daily_stats WHERE day = ?1")?
        .execute([day])?;
    tx.prepare_cached("INSERT INTO daily_stats SELECT * FROM daily_totals WHERE day = ?1")?
        .execute([day])?;
    Ok(())
}
