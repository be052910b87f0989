//! Engine integration tests; the modules mirror `src/`.

mod bank;
mod catalog;
mod content_format;
mod fixtures;
mod rounds;
mod scheduler;
mod search;
mod storage;
mod sync;
