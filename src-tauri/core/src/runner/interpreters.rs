//! Finding the CPython 3.12+ interpreters on this machine, and checking one
//! the user chose in Settings.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

const OLDEST_MINOR: u32 = 12;
/// A real interpreter answers in well under a second; a wrong file may never answer.
const PROBE_LIMIT: Duration = Duration::from_secs(10);
const PROBE: &str = "import sys; print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3], sys.executable)";
const INSTALL_HINT: &str = "Install CPython 3.12 or newer from https://www.python.org/downloads/ \
(or `winget install Python.Python.3.13` on Windows, `brew install python@3.13` on macOS, \
`sudo apt install python3` on Debian or Ubuntu 24.04 and later), then choose it in Settings";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Interpreter {
    /// The interpreter's own `sys.executable`.
    pub path: String,
    /// e.g. `3.13.0`.
    pub version: String,
}

/// Every distinct CPython >= 3.12 found, newest first: `python3.14` to
/// `python3.12`, `python3` and `python` on PATH (and `py -3` on Windows), then
/// pyenv's installed versions.
pub fn find_interpreters() -> Vec<Interpreter> {
    let candidates = candidates();
    let found: Vec<Option<Interpreter>> = std::thread::scope(|scope| {
        let probes: Vec<_> = candidates
            .iter()
            .map(|(program, args)| scope.spawn(move || probe(program, args).ok()))
            .collect();
        probes.into_iter().map(|probe| probe.join().ok().flatten()).collect()
    });
    let mut interpreters: Vec<(PathBuf, Interpreter)> = Vec::new();
    for interpreter in found.into_iter().flatten() {
        let real = std::fs::canonicalize(&interpreter.path).unwrap_or_else(|_| PathBuf::from(&interpreter.path));
        if !interpreters.iter().any(|(seen, _)| *seen == real) {
            interpreters.push((real, interpreter));
        }
    }
    let mut interpreters: Vec<Interpreter> = interpreters.into_iter().map(|(_, found)| found).collect();
    interpreters.sort_by_key(|interpreter| std::cmp::Reverse(version_numbers(&interpreter.version)));
    interpreters
}

/// The newest interpreter found, or an error that says what to install.
pub fn newest_interpreter() -> Result<Interpreter> {
    find_interpreters()
        .into_iter()
        .next()
        .ok_or_else(|| Error::Runner(format!("No Python 3.12 or newer was found. {INSTALL_HINT}.")))
}

/// The interpreter to run on: the one the user chose (checked), else the newest
/// found. The answer is kept for the same choice, so a run does not probe every
/// Python on the machine again.
pub fn resolve(chosen: Option<&str>) -> Result<Interpreter> {
    static RESOLVED: Mutex<Option<(Option<String>, Interpreter)>> = Mutex::new(None);
    let mut resolved = RESOLVED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((for_choice, interpreter)) = resolved.as_ref() {
        if for_choice.as_deref() == chosen && Path::new(&interpreter.path).exists() {
            return Ok(interpreter.clone());
        }
    }
    let interpreter = match chosen {
        Some(path) => check_interpreter(Path::new(path))?,
        None => newest_interpreter()?,
    };
    *resolved = Some((chosen.map(str::to_owned), interpreter.clone()));
    Ok(interpreter)
}

/// Checks a path the user chose: it must start and be CPython 3.12 or newer.
pub fn check_interpreter(path: &Path) -> Result<Interpreter> {
    probe(path.as_os_str(), &[])
        .map_err(|problem| Error::Runner(format!("{} cannot run challenges: {problem}", path.display())))
}

fn candidates() -> Vec<(std::ffi::OsString, Vec<&'static str>)> {
    let mut found: Vec<(std::ffi::OsString, Vec<&str>)> =
        ["python3.14", "python3.13", "python3.12", "python3", "python"]
            .into_iter()
            .map(|name| (name.into(), Vec::new()))
            .collect();
    if cfg!(windows) {
        found.push(("py".into(), vec!["-3"]));
    }
    let pyenv = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".pyenv")));
    if let Some(Ok(versions)) = pyenv.map(|root| std::fs::read_dir(root.join("versions"))) {
        let mut installed: Vec<PathBuf> = versions
            .flatten()
            .map(|entry| entry.path().join("bin/python3"))
            .collect();
        installed.sort();
        found.extend(installed.into_iter().map(|path| (path.into_os_string(), Vec::new())));
    }
    found
}

/// Starts `program` to ask what it is; Err says why it is not a usable CPython.
fn probe(program: &std::ffi::OsStr, args: &[&str]) -> std::result::Result<Interpreter, String> {
    let mut command = Command::new(program);
    command
        .args(args)
        .args(["-I", "-c", PROBE])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        command.creation_flags(windows::Win32::System::Threading::CREATE_NO_WINDOW.0);
    }
    let mut child = command.spawn().map_err(|e| format!("it could not be started ({e})"))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > PROBE_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("it did not answer within {} s", PROBE_LIMIT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut answer = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        let _ = stdout.read_to_string(&mut answer);
    }
    let mut words = answer.trim_end().splitn(3, ' ');
    match (status.success(), words.next(), words.next(), words.next()) {
        (true, Some("cpython"), Some(version), Some(path)) => {
            let (major, minor, _) = version_numbers(version);
            if (major, minor) < (3, OLDEST_MINOR) {
                return Err(format!("it is Python {version}; challenges need 3.12 or newer"));
            }
            Ok(Interpreter {
                path: path.to_owned(),
                version: version.to_owned(),
            })
        }
        (true, Some(name), Some(version), _) => Err(format!("it is {name} {version}, not CPython")),
        _ => Err("it is not a Python interpreter".to_owned()),
    }
}

fn version_numbers(version: &str) -> (u32, u32, u32) {
    let mut parts = version.split('.').map(|part| part.parse::<u32>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}
