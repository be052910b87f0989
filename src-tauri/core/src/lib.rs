//! Pyprep's engine: the question bank, the SQLite store, the FSRS scheduler,
//! search and the CPython runner. It knows nothing of Tauri; the app crate is a thin shell.

pub mod about;
pub mod backups;
pub mod catalog;
pub mod challenges;
pub mod clock;
pub mod content;
mod engine;
pub mod error;
pub mod files;
pub mod marks;
pub mod notes;
pub mod plan;
pub mod recovery;
pub mod rounds;
pub mod runner;
pub mod scheduler;
pub mod search;
pub mod settings;
pub mod settings_file;
pub mod stats;
pub mod storage;
mod sync;
pub mod transfer;
pub mod updates;
pub mod welcome;

pub use engine::Engine;
pub use error::{ContentError, Error, Result};
pub use settings::{Settings, Theme};
