//! Finding the CPython interpreters on this machine and running one block in a
//! fresh process with a time limit.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BLOCK_TIMEOUT: Duration = Duration::from_secs(60);

pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `code` as a script file in a fresh temporary folder (a file, not stdin, so
/// multiprocessing can re-import the main module), or only compiles it.
pub fn run_python(python: &Path, code: &str, compile_only: bool) -> Result<Run, String> {
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    let script = scratch.path().join("block.py");
    std::fs::write(&script, code).map_err(|e| e.to_string())?;
    let mut command = Command::new(python);
    // Every warning is shown once, so a deprecation a block raises reaches stderr (see `deprecation`).
    command.args(["-I", "-X", "utf8", "-W", "default"]);
    if compile_only {
        command.args([
            "-c",
            "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), 'block.py', 'exec')",
        ]);
    }
    let mut child = command
        .arg(&script)
        .current_dir(scratch.path())
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        // AWS examples run against moto and must never reach a real account.
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_SESSION_TOKEN")
        .env("AWS_CONFIG_FILE", scratch.path().join("no-aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", scratch.path().join("no-aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", python.display()))?;
    let started = Instant::now();
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if started.elapsed() > BLOCK_TIMEOUT {
            child.kill().ok();
            return Err(format!("still running after {} s", BLOCK_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    Ok(Run {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// The first deprecation warning a run printed, of any class (`DeprecationWarning`,
/// a library's own `StarletteDeprecationWarning`...), so the bank notices when its
/// libraries move on.
pub fn deprecation(stderr: &str) -> Option<&str> {
    stderr.lines().find(|line| {
        line.split_whitespace()
            .any(|word| word.ends_with("DeprecationWarning:"))
    })
}

/// Every distinct CPython >= 3.12 on this machine, oldest first (see content/README.md).
pub fn interpreters() -> Vec<PathBuf> {
    let mut candidates: Vec<PathBuf> = match std::env::var("PYPREP_PYTHON") {
        Ok(list) => list.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect(),
        Err(_) => {
            let mut found: Vec<PathBuf> = ["python3.12", "python3.13", "python3.14", "python3"]
                .iter()
                .map(PathBuf::from)
                .collect();
            let pyenv_root = std::env::var_os("PYENV_ROOT")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".pyenv")));
            if let Some(versions) = pyenv_root.map(|root| root.join("versions")) {
                if let Ok(entries) = std::fs::read_dir(versions) {
                    found.extend(entries.flatten().map(|entry| entry.path().join("bin/python3")));
                }
            }
            found
        }
    };
    candidates.dedup();
    let mut seen_versions = Vec::new();
    let mut interpreters: Vec<(u32, PathBuf)> = Vec::new();
    for candidate in candidates {
        let Ok(output) = Command::new(&candidate)
            .args([
                "-c",
                "import sys; print(sys.version_info[0], sys.version_info[1], sys.implementation.name)",
            ])
            .output()
        else {
            continue;
        };
        let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let parts: Vec<&str> = version.split(' ').collect();
        let minor = match parts.as_slice() {
            ["3", minor, "cpython"] => minor.parse::<u32>().ok().filter(|m| *m >= 12),
            _ => None,
        };
        if let Some(minor) = minor.filter(|_| output.status.success() && !seen_versions.contains(&version)) {
            seen_versions.push(version);
            interpreters.push((minor, candidate));
        }
    }
    interpreters.sort();
    interpreters.into_iter().map(|(_, path)| path).collect()
}
