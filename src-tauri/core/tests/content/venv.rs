//! Virtual environments built once from a pinned requirements file for one
//! interpreter, and cached outside the clone under a key of the interpreter's
//! version and the pins: the applied modules' (`content/requirements.txt`) and
//! Anki's, which checks the Anki export.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::content_dir;

/// The `python` of the applied modules' environment, building it first if needed.
pub fn packages_python(base: &Path) -> Result<PathBuf, String> {
    python_with(base, &content_dir().join("requirements.txt"))
}

/// The `python` of an environment with `requirements` installed, building it first if needed.
pub fn python_with(base: &Path, requirements: &Path) -> Result<PathBuf, String> {
    let pins = std::fs::read(requirements).map_err(|e| format!("{}: {e}", requirements.display()))?;
    let version = full_version(base)?;
    let venv = cache_root()?.join(format!("py{version}-{:016x}", fnv1a(&[version.as_bytes(), &pins])));
    let python = venv.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    if venv.join(COMPLETE_MARK).exists() {
        return Ok(python);
    }
    build(base, requirements, &venv)?;
    Ok(python)
}

const COMPLETE_MARK: &str = "pyprep-complete";

/// Builds in a private folder and renames it into place, so an interrupted
/// build never leaves a half-installed environment in the cache.
fn build(base: &Path, requirements: &Path, venv: &Path) -> Result<(), String> {
    let started = Instant::now();
    let partial = venv.with_extension(format!("partial-{}", std::process::id()));
    eprintln!(
        "building a venv at {} from {} (once per interpreter and requirements)",
        venv.display(),
        requirements.display()
    );
    run(Command::new(base).args(["-m", "venv"]).arg(&partial))?;
    let partial_python = partial.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    run(Command::new(&partial_python)
        .args([
            "-m",
            "pip",
            "install",
            "--no-input",
            "--disable-pip-version-check",
            "-q",
            "-r",
        ])
        .arg(requirements))
    .map_err(|e| {
        format!("{e}\nIs the network or a package mirror reachable? Set PYPREP_VENV_CACHE to reuse a venv folder.")
    })?;
    std::fs::write(partial.join(COMPLETE_MARK), "").map_err(|e| e.to_string())?;
    if std::fs::rename(&partial, venv).is_err() {
        // Another run finished first; its environment is as good as ours.
        std::fs::remove_dir_all(&partial).ok();
    }
    eprintln!("venv built in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("could not start {command:?}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

fn full_version(python: &Path) -> Result<String, String> {
    let output = Command::new(python)
        .args(["-c", "import platform; print(platform.python_version())"])
        .output()
        .map_err(|e| format!("could not start {}: {e}", python.display()))?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// `$PYPREP_VENV_CACHE`, else the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`).
fn cache_root() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("PYPREP_VENV_CACHE") {
        return Ok(PathBuf::from(dir));
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))
        .ok_or("set PYPREP_VENV_CACHE to a folder for the content venv")?;
    let root = cache.join("pyprep/content-venvs");
    std::fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    Ok(root)
}

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|part| part.iter().chain(&[0])) {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
