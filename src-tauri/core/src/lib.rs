//! Pyprep's engine: the question bank, the SQLite store, the FSRS scheduler
//! and search. It knows nothing of Tauri; the app crate is a thin shell.

pub mod catalog;
pub mod clock;
pub mod content;
mod engine;
pub mod error;
pub mod plan;
pub mod rounds;
pub mod scheduler;
pub mod search;
pub mod settings;
pub mod stats;
pub mod storage;
mod sync;

pub use engine::Engine;
pub use error::{ContentError, Error, Result};
pub use settings::{Settings, Theme};
