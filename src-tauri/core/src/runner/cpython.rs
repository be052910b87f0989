//! One run on CPython: the harness and the job go to a fresh temporary folder
//! and a new process group (a job object on Windows), so that at the time
//! limit, or once the result is in, everything the user's code started is
//! killed with it.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use process_wrap::std::{ChildWrapper, CommandWrap};

use super::outcome::{RunOutcome, TimedOut};
use super::reports::{self, Reports};
use super::RunRequest;
use crate::{Error, Result};

const HARNESS: &str = include_str!("harness.py");
const HARNESS_FILE: &str = "pyprep_harness.py";
const RESULTS_FILE: &str = "results.jsonl";
/// Bytes of Python's own stderr kept (the end of it), for explaining a crash.
const STDERR_KEPT: usize = 64 * 1024;
/// Characters of that stderr shown in a crash message.
const STDERR_SHOWN: usize = 2_000;
const POLL: Duration = Duration::from_millis(5);

/// Runs `request` on `interpreter`, stopping it after `time_limit`; the harness
/// caps its address space at `memory_mb` where the OS allows. An error means
/// the run could not start; whatever the user's code did is in the outcome.
pub fn run(interpreter: &Path, request: &RunRequest, time_limit: Duration, memory_mb: u32) -> Result<RunOutcome> {
    let folder = tempfile::tempdir().map_err(|source| Error::Io {
        path: "a temporary folder for the run".into(),
        source,
    })?;
    let harness = folder.path().join(HARNESS_FILE);
    std::fs::write(&harness, HARNESS).map_err(|source| Error::Io {
        path: harness.display().to_string(),
        source,
    })?;
    let results = folder.path().join(RESULTS_FILE);
    let mut child = spawn(interpreter, folder.path(), &results)?;
    let job = job_json(request, memory_mb);
    if let Some(mut stdin) = child.stdin().take() {
        // On a thread: a Python that never reads its input must not stall the clock.
        std::thread::spawn(move || stdin.write_all(job.as_bytes()));
    }
    let stderr = child.stderr().take().map(drain_tail);

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(error) => {
                let _ = child.kill();
                return Err(Error::Runner(format!("could not wait for Python: {error}")));
            }
        }
        if started.elapsed() >= time_limit {
            break None;
        }
        std::thread::sleep(POLL);
    };
    let after_ms = u32::try_from(started.elapsed().as_millis()).unwrap_or(u32::MAX);
    // Kills the group: what the user's code started must not outlive the run.
    let _ = child.start_kill();
    let _ = child.wait();

    let reports = reports::read(&std::fs::read_to_string(&results).unwrap_or_default());
    if reports.result.is_some() {
        return Ok(RunOutcome {
            result: reports.result,
            timed_out: None,
            crashed: None,
            planned: None,
            finished: Vec::new(),
        });
    }
    let (timed_out, crashed) = match status {
        None => {
            let (index, name) = running(&reports);
            (Some(TimedOut { index, name, after_ms }), None)
        }
        Some(status) => {
            let stderr = stderr.and_then(|tail| tail.recv_timeout(Duration::from_secs(1)).ok());
            (None, Some(crash_message(status, &stderr.unwrap_or_default())))
        }
    };
    Ok(RunOutcome {
        result: None,
        timed_out,
        crashed,
        planned: reports.planned,
        finished: reports.finished,
    })
}

fn spawn(interpreter: &Path, folder: &Path, results: &Path) -> Result<Box<dyn ChildWrapper>> {
    let mut command = CommandWrap::with_new(interpreter, |command| {
        // -I: no user site-packages, no PYTHON* variables, no script folder on sys.path.
        command
            .args(["-I", "-X", "utf8", "-B", HARNESS_FILE])
            .current_dir(folder)
            .env("PYPREP_RESULTS", results)
            .stdin(Stdio::piped())
            // Results never pass through stdout; what escapes the harness's capture is not shown.
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
    });
    #[cfg(unix)]
    command.wrap(process_wrap::std::ProcessGroup::leader());
    #[cfg(windows)]
    {
        use windows::Win32::System::Threading::CREATE_NO_WINDOW;
        command
            .wrap(process_wrap::std::CreationFlags(CREATE_NO_WINDOW))
            .wrap(process_wrap::std::JobObject);
    }
    command
        .spawn()
        .map_err(|e| Error::Runner(format!("could not start Python ({}): {e}", interpreter.display())))
}

fn job_json(request: &RunRequest, memory_mb: u32) -> String {
    let job = match request {
        RunRequest::Challenge {
            code,
            tests,
            include_hidden,
        } => serde_json::json!({
            "mode": "challenge", "code": code, "tests": tests, "hidden": include_hidden, "memory_mb": memory_mb,
        }),
        RunRequest::Block { code } => serde_json::json!({ "mode": "block", "code": code, "memory_mb": memory_mb }),
    };
    job.to_string()
}

/// The test the harness last said it started, or loading when it said nothing.
fn running(reports: &Reports) -> (i32, String) {
    reports
        .running
        .clone()
        .unwrap_or_else(|| (-1, "loading your code".to_owned()))
}

/// Reads a pipe to its end on a thread, keeping the last [`STDERR_KEPT`] bytes.
/// A receiver, not a join handle: a grandchild that left the process group may
/// hold the pipe open for ever, and the run must not wait for it.
fn drain_tail(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0u8; 8192];
        while let Ok(read @ 1..) = pipe.read(&mut buffer) {
            kept.extend_from_slice(&buffer[..read]);
            if kept.len() > 2 * STDERR_KEPT {
                kept.drain(..kept.len() - STDERR_KEPT);
            }
        }
        let _ = send.send(kept);
    });
    receive
}

fn crash_message(status: ExitStatus, stderr: &[u8]) -> String {
    let why = exit_reason(status);
    let stderr = String::from_utf8_lossy(stderr);
    let stderr = stderr.trim_end();
    if stderr.is_empty() {
        return why;
    }
    let start = stderr
        .char_indices()
        .rev()
        .nth(STDERR_SHOWN - 1)
        .map_or(0, |(index, _)| index);
    format!("{why}. It wrote to stderr:\n{}", &stderr[start..])
}

fn exit_reason(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let what = match signal {
                6 => " (SIGABRT: Python aborted)",
                9 => " (SIGKILL: perhaps the system ran out of memory)",
                11 => " (SIGSEGV: a segmentation fault)",
                _ => "",
            };
            return format!("Python was killed by signal {signal}{what} before reporting a result");
        }
    }
    match status.code() {
        Some(code) => format!("Python exited with code {code} before reporting a result"),
        None => "Python ended before reporting a result".to_owned(),
    }
}
