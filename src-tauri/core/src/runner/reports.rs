//! Reads the messages the harness appended to its results file, one JSON
//! object a line, into the run's result or how far it got.

use serde::Deserialize;

use super::outcome::{BlockResult, ChallengeResult, PlannedTest, RunResult, TestResult};

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Report {
    Planned { tests: Vec<PlannedTest> },
    Started { index: i32, name: String },
    Tested { test: TestResult },
    Result(ChallengeResult),
    Block(BlockResult),
}

/// What the harness reported before its process ended.
#[derive(Debug, Default)]
pub struct Reports {
    pub result: Option<RunResult>,
    pub planned: Option<Vec<PlannedTest>>,
    /// The last test that started: its index (-1: loading the user's code) and name.
    pub running: Option<(i32, String)>,
    pub finished: Vec<TestResult>,
}

/// Reads the file's lines; a line cut short by a kill is skipped.
pub fn read(text: &str) -> Reports {
    let mut reports = Reports::default();
    for report in text
        .lines()
        .filter_map(|line| serde_json::from_str::<Report>(line).ok())
    {
        match report {
            Report::Planned { tests } => reports.planned = Some(tests),
            Report::Started { index, name } => reports.running = Some((index, name)),
            Report::Tested { test } => reports.finished.push(test),
            Report::Result(result) => reports.result = Some(RunResult::Challenge(result)),
            Report::Block(result) => reports.result = Some(RunResult::Block(result)),
        }
    }
    reports
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_started_test_and_skips_a_cut_line() {
        let text = concat!(
            r#"{"type": "started", "index": -1, "name": "loading your code"}"#,
            "\n",
            r#"{"type": "planned", "tests": [{"name": "a", "hidden": false}, {"name": "b", "hidden": true}]}"#,
            "\n",
            r#"{"type": "started", "index": 0, "name": "a"}"#,
            "\n",
            r#"{"type": "tested", "index": 0, "test": {"name": "a", "hidden": false, "status": "passed", "#,
            r#""expected": "1", "actual": "1", "error": null, "message": null, "stdout": "", "stderr": "", "#,
            r#""truncated": false, "ms": 0.5}}"#,
            "\n",
            r#"{"type": "started", "index": 1, "name": "b"}"#,
            "\n",
            r#"{"type": "tested", "index": 1, "te"#,
        );
        let reports = read(text);
        assert_eq!(reports.running, Some((1, "b".to_owned())));
        assert_eq!(reports.planned.map(|planned| planned.len()), Some(2));
        assert_eq!(reports.finished.len(), 1);
        assert!(reports.result.is_none());
    }
}
