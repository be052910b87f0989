//! Writing a file whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then
/// renames it over `path`: a crash or a full disk leaves the old file intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let partial = PathBuf::from(format!("{}.partial", path.display()));
    let written = std::fs::File::create(&partial).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    if let Err(error) = written {
        std::fs::remove_file(&partial).ok();
        return Err(io(error));
    }
    std::fs::rename(&partial, path).map_err(io)?;
    if let Some(folder) = path.parent() {
        // The rename itself is durable once the folder is flushed (not possible on Windows).
        if let Ok(folder) = std::fs::File::open(folder) {
            let _ = folder.sync_all();
        }
    }
    Ok(())
}
