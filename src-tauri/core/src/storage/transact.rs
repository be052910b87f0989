use rusqlite::{Transaction, TransactionBehavior};

use super::Store;
use crate::Result;

impl Store {
    /// Runs `work` in one immediate transaction: all of it is committed, or
    /// none of it (the transaction rolls back when `work` fails or panics).
    pub fn transact<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.transactions += 1;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        self.changed = true;
        Ok(value)
    }

    /// Runs `work` in a transaction that is always rolled back: what a change would do.
    pub fn dry_run<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.rollback()?;
        Ok(value)
    }
}
