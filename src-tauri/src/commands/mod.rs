//! Commands are adapters: unpack the arguments, run one engine call off the
//! async runtime, map the error. No rule lives here.

pub mod about;
pub mod catalog;
pub mod challenges;
pub mod data;
pub mod marks;
pub mod progress;
pub mod python;
pub mod review;
pub mod rounds;
pub mod scheduling;
pub mod search;
pub mod settings;
pub mod transfer;
pub mod updates;
pub mod welcome;
