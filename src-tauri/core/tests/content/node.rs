//! Runs jobs under Pyodide through `scripts/pyodide-check.mjs`, in one Node
//! process for as long as it keeps answering. A job that hangs or kills the
//! runtime is charged with it, and a fresh process takes the jobs after it.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

/// A job that has printed nothing for this long is taken as hung.
const QUIET_LIMIT: Duration = Duration::from_secs(60);
/// The whole check, restarts included.
const OVERALL_LIMIT: Duration = Duration::from_secs(30 * 60);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each job's answer in job order: the harness's result, or why there is none.
/// Err when Pyodide cannot run at all, or the overall limit ran out. A job is
/// (a label for messages, the job for the script).
pub fn run_all(jobs: &[(String, Value)]) -> Result<Vec<Result<Value, String>>, String> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    if !root().join("node_modules/pyodide/pyodide.mjs").exists() {
        return Err("node_modules/pyodide is missing: run `npm install` in the repository root".into());
    }
    let started = Instant::now();
    let mut answers: Vec<Option<Result<Value, String>>> = vec![None; jobs.len()];
    let mut next = 0;
    while next < jobs.len() {
        let batch: Vec<Value> = jobs[next..]
            .iter()
            .enumerate()
            .map(|(offset, (_, job))| with_id(job, next + offset))
            .collect();
        let time_left = OVERALL_LIMIT.saturating_sub(started.elapsed());
        next = match run_batch(&batch, &mut answers, time_left).map_err(|(problem, id)| match id {
            Some(id) => format!("{problem} while running {}", jobs[id].0),
            None => problem,
        })? {
            Some(stopped_at) => stopped_at + 1,
            None => jobs.len(),
        };
    }
    Ok(answers
        .into_iter()
        .map(|answer| answer.unwrap_or_else(|| Err("Node ended before running it".into())))
        .collect())
}

fn with_id(job: &Value, id: usize) -> Value {
    let mut job = job.clone();
    job["id"] = id.into();
    job
}

/// Runs one Node process over `batch`, filling `answers`; Some(job) when that
/// job left the process unable to go on (its answer says why). Err: the problem
/// and the job running when it arose.
fn run_batch(
    batch: &[Value],
    answers: &mut [Option<Result<Value, String>>],
    time_left: Duration,
) -> Result<Option<usize>, (String, Option<usize>)> {
    let fail = |problem: String| (problem, None);
    let stderr = tempfile::tempfile().map_err(|e| fail(e.to_string()))?;
    let mut node = Command::new("node")
        .arg("scripts/pyodide-check.mjs")
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr.try_clone().map_err(|e| fail(e.to_string()))?)
        .spawn()
        .map_err(|e| {
            fail(format!(
                "could not start `node` ({e}): install Node.js 20 or newer, then run `npm install`"
            ))
        })?;
    let input = serde_json::to_vec(batch).unwrap();
    let mut stdin = node.stdin.take().unwrap();
    std::thread::spawn(move || stdin.write_all(&input));
    let lines = read_lines(BufReader::new(node.stdout.take().unwrap()));

    let deadline = Instant::now() + time_left;
    let mut running: Option<usize> = None;
    loop {
        let wait = QUIET_LIMIT.min(deadline.saturating_duration_since(Instant::now()));
        let line = match lines.recv_timeout(wait) {
            Ok(line) => line,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = node.wait().map_err(|e| fail(e.to_string()))?;
                return match running {
                    _ if status.success() => Ok(None),
                    Some(id) => {
                        let ended = format!("Node ended while running it ({status}): {}", tail(&stderr));
                        answers[id].get_or_insert(Err(ended));
                        Ok(Some(id))
                    }
                    None => Err(fail(format!("the Pyodide check failed ({status}): {}", tail(&stderr)))),
                };
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                stop(&mut node);
                let Some(id) = running else {
                    return Err(fail(format!("Pyodide did not start: {}", tail(&stderr))));
                };
                if Instant::now() >= deadline {
                    let limit = OVERALL_LIMIT.as_secs() / 60;
                    return Err((format!("the Pyodide check ran out of its {limit} minutes"), Some(id)));
                }
                answers[id] = Some(Err(format!(
                    "still running after {} s under Pyodide",
                    QUIET_LIMIT.as_secs()
                )));
                return Ok(Some(id));
            }
        };
        let message: Value = serde_json::from_str(&line).map_err(|e| (format!("{e}: {line}"), running))?;
        if let Some(id) = message["started"].as_u64() {
            running = Some(id as usize);
        } else if let Some(id) = message["id"].as_u64() {
            let answer = match message.get("fatal") {
                Some(fatal) => Err(format!("the Pyodide runtime failed: {fatal}")),
                None => Ok(message["result"].clone()),
            };
            answers[id as usize] = Some(answer);
        }
    }
}

fn read_lines(reader: impl BufRead + Send + 'static) -> mpsc::Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in reader.lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

fn stop(node: &mut Child) {
    let _ = node.kill();
    let _ = node.wait();
}

fn tail(mut file: &std::fs::File) -> String {
    use std::io::{Read, Seek};
    let mut text = String::new();
    let _ = file.rewind();
    let _ = file.read_to_string(&mut text);
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}
