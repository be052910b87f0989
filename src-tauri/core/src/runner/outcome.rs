//! How a run ended: the harness's own result (the JSON it reports, field for
//! field), or, when it never reported one, what stopped it and how far it got.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RunOutcome {
    /// The harness's last message; None when the run was stopped or crashed first.
    pub result: Option<RunResult>,
    /// Set when the time limit stopped the run.
    pub timed_out: Option<TimedOut>,
    /// Set when Python ended without a result (`os._exit`, a crash, killed by
    /// the OS): why, followed by the end of what it wrote to stderr.
    pub crashed: Option<String>,
    /// For a run without a result: the tests it meant to run (None if it was
    /// stopped before they were declared) and those that finished.
    pub planned: Option<Vec<PlannedTest>>,
    pub finished: Vec<TestResult>,
}

/// The test that was running when the time limit stopped the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TimedOut {
    /// The test's place among the planned ones; -1 while the user's code was loading.
    pub index: i32,
    pub name: String,
    pub after_ms: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum RunResult {
    #[serde(rename = "result")]
    Challenge(ChallengeResult),
    Block(BlockResult),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeResult {
    pub status: ChallengeStatus,
    /// What stopped the user's code or the tests from loading.
    pub error: Option<UserError>,
    /// What loading the user's code printed, and how long it took.
    pub setup: Setup,
    pub tests: Vec<TestResult>,
    pub passed: u32,
    pub total: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeStatus {
    /// The tests ran (passed or not).
    Ok,
    CompileError,
    /// The user's code raised while it was loading.
    SetupError,
    /// The challenge's own tests failed to load.
    TestsError,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Setup {
    pub ms: f64,
    pub stdout: String,
    pub stderr: String,
    /// Output past the harness's cap (10,000 characters a stream) was dropped.
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TestResult {
    pub name: String,
    pub hidden: bool,
    pub status: TestStatus,
    /// Reprs, capped; None where they do not apply (an error, a scenario test).
    pub expected: Option<String>,
    pub actual: Option<String>,
    pub error: Option<UserError>,
    /// What a failed `expect` or `assert` said.
    pub message: Option<String>,
    pub stdout: String,
    pub stderr: String,
    pub truncated: bool,
    pub ms: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum TestStatus {
    Passed,
    Failed,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UserError {
    /// The exception's class name, e.g. `ValueError`.
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
    /// The line of the user's code where it arose, when it arose there.
    pub line: Option<u32>,
    /// For blocks: the traceback from the user's first frame down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traceback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BlockResult {
    pub error: Option<UserError>,
    pub ms: f64,
    pub stdout: String,
    pub stderr: String,
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannedTest {
    pub name: String,
    pub hidden: bool,
}
