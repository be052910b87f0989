//! Reading a progress file: plain or gzipped JSON, bounded in size before
//! anything is parsed, with errors that say where the file is wrong.

use std::io::Read;

use serde::Deserialize;

use super::format::{ProgressFile, FORMAT, VERSION};
use crate::{Error, Result};

/// Larger files are refused unread: years of daily study export to a few MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// A gzipped file may not unpack to more than this.
pub const MAX_JSON_BYTES: u64 = 256 * 1024 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The parts of the file read before the rest, so another format or version
/// is named as such rather than as a list of unexpected fields.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

pub fn read_progress_file(path: &std::path::Path) -> Result<ProgressFile> {
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    check_size(size)?;
    let mut bytes = Vec::with_capacity(size as usize);
    std::fs::File::open(path)
        .map_err(io)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    decode(&bytes)
}

/// Parses a progress file from its bytes; nothing is checked against the store yet.
pub fn decode(bytes: &[u8]) -> Result<ProgressFile> {
    check_size(bytes.len() as u64)?;
    let json = if bytes.starts_with(&GZIP_MAGIC) {
        gunzip(bytes)?
    } else {
        bytes.to_vec()
    };
    let header: Header = serde_json::from_slice(&json).map_err(|error| refuse(&format!("it is not JSON ({error})")))?;
    match header.format.as_ref().and_then(|value| value.as_str()) {
        Some(FORMAT) => {}
        Some(other) => return Err(refuse(&format!("its format is {other:?}, not {FORMAT:?}"))),
        None => return Err(refuse(&format!("it has no \"format\": {FORMAT:?} field"))),
    }
    match header.version.as_ref().and_then(|value| value.as_u64()) {
        Some(version) if version == u64::from(VERSION) => {}
        Some(version) if version > u64::from(VERSION) => {
            return Err(refuse(&format!(
                "it is format version {version}, written by a newer Pyprep; this one reads version {VERSION}"
            )))
        }
        _ => return Err(refuse(&format!("its \"version\" is not {VERSION}"))),
    }
    let mut deserializer = serde_json::Deserializer::from_slice(&json);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let place = error.path().to_string();
        refuse(&format!("at {place}: {}", error.inner()))
    })
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut json = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_JSON_BYTES + 1)
        .read_to_end(&mut json)
        .map_err(|error| refuse(&format!("its gzip data is damaged ({error})")))?;
    if json.len() as u64 > MAX_JSON_BYTES {
        return Err(refuse(&format!(
            "it unpacks to more than {} MB",
            MAX_JSON_BYTES / 1024 / 1024
        )));
    }
    Ok(json)
}

fn check_size(size: u64) -> Result<()> {
    if size > MAX_FILE_BYTES {
        return Err(refuse(&format!(
            "it is {} MB; a Pyprep progress file is at most {} MB",
            size / 1024 / 1024,
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    Ok(())
}

/// The file cannot be imported; nothing was written.
pub(super) fn refuse(reason: &str) -> Error {
    Error::InvalidInput(format!("This file can't be imported: {reason}. Nothing was changed."))
}
