//! Runs a user's code, and a challenge's tests, on the user's own CPython
//! through the same harness the app's Pyodide worker imports (`harness.py`),
//! and reports how the run ended: one result per test, or where it was stopped.

mod cpython;
mod interpreters;
mod outcome;
mod reports;

use serde::{Deserialize, Serialize};

pub use cpython::run;
pub use interpreters::{check_interpreter, find_interpreters, newest_interpreter, resolve, Interpreter};
pub use outcome::{
    BlockResult, ChallengeResult, ChallengeStatus, PlannedTest, RunOutcome, RunResult, Setup, TestResult, TestStatus,
    TimedOut, UserError,
};

/// Address space a run may use, where the OS lets the harness cap it: far more
/// than any solution needs, and little enough that a memory bomb ends in
/// `MemoryError` instead of swapping the machine.
pub const DEFAULT_MEMORY_MB: u32 = 2048;

/// What to run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "mode", rename_all = "camelCase")]
pub enum RunRequest {
    /// The user's code, then the tests that `tests` declares; hidden ones only when asked.
    Challenge {
        code: String,
        tests: String,
        #[serde(rename = "includeHidden")]
        include_hidden: bool,
    },
    /// One example block, run as a script.
    Block { code: String },
}
