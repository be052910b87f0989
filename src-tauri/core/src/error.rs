use std::fmt;

/// A problem in one content file, with the line it was found on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the question bank has {} error(s):\n{}", .0.len(), list_content_errors(.0))]
    Content(Vec<ContentError>),
    #[error("{path} is not a readable Pyprep database ({reason}). It was left untouched; move it away to start fresh, or restore a backup.")]
    CorruptDatabase { path: String, reason: String },
    #[error("this database was written by a newer version of Pyprep (schema version {found}; this version knows up to {supported}). Update Pyprep to open it; the file was not changed.")]
    NewerDatabase { found: i64, supported: i64 },
    #[error("{}", describe_database_error(.0))]
    Database(#[from] rusqlite::Error),
    #[error("{0} was not found")]
    NotFound(String),
    #[error("{0}")]
    InvalidInput(String),
    #[error("there is no answer to undo")]
    NothingToUndo,
    #[error("the scheduler failed: {0}")]
    Scheduler(String),
    #[error("could not encode or decode stored data: {0}")]
    Serialization(#[from] serde_json::Error),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// Python could not be found or started for a run.
    #[error("{0}")]
    Runner(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A stable name for the kind of error, for the UI to branch on.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Content(_) => "content",
            Error::CorruptDatabase { .. } => "corrupt_database",
            Error::NewerDatabase { .. } => "newer_database",
            Error::Database(_) => "database",
            Error::NotFound(_) => "not_found",
            Error::InvalidInput(_) => "invalid_input",
            Error::NothingToUndo => "nothing_to_undo",
            Error::Scheduler(_) => "scheduler",
            Error::Serialization(_) => "internal",
            Error::Io { .. } => "io",
            Error::Runner(_) => "runner",
        }
    }
}

impl From<fsrs::FSRSError> for Error {
    fn from(error: fsrs::FSRSError) -> Self {
        Error::Scheduler(error.to_string())
    }
}

/// What a failed read or write means for the user; nothing was changed either way
/// (every write is one transaction).
fn describe_database_error(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::{CannotOpen, DatabaseBusy, DiskFull, ReadOnly, SystemIoFailure};
    match error.sqlite_error_code() {
        Some(DiskFull) => "the disk is full, so nothing was saved: free some space and try again".into(),
        Some(ReadOnly) => {
            "the database can't be written (the file or its folder is read-only), so nothing was saved".into()
        }
        Some(CannotOpen) => "the database file can't be opened: check that its folder exists and can be written".into(),
        Some(SystemIoFailure) => format!("the disk reported an error, so nothing was saved ({error})"),
        Some(DatabaseBusy) => "another program is using the database: close it and try again".into(),
        _ => format!("database error: {error}"),
    }
}

fn list_content_errors(errors: &[ContentError]) -> String {
    const SHOWN: usize = 20;
    let mut lines: Vec<String> = errors.iter().take(SHOWN).map(ToString::to_string).collect();
    if errors.len() > SHOWN {
        lines.push(format!("... and {} more", errors.len() - SHOWN));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_errors_name_file_and_line() {
        let error = Error::Content(vec![ContentError {
            path: "modules/01-fundamentals/a.md".into(),
            line: 7,
            message: "unknown difficulty \"easy\"".into(),
        }]);
        assert_eq!(error.kind(), "content");
        assert!(error
            .to_string()
            .contains("modules/01-fundamentals/a.md:7: unknown difficulty \"easy\""));
    }
}
