//! Taking progress out of Pyprep and bringing it back: a versioned progress
//! file (export, preview, merge), the review log as CSV, and the question bank
//! as notes Anki imports.

mod anki;
mod export;
mod format;
mod import;
mod read;
mod replay;
mod review_log_csv;
mod validate;

pub use export::{encode, COMPRESS_ABOVE_BYTES};
pub use format::*;
pub use import::ImportSummary;
pub use read::{decode, read_progress_file, MAX_FILE_BYTES};
