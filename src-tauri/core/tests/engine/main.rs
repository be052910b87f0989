//! Engine integration tests; the modules mirror `src/`.

mod about;
mod ahead;
mod backups;
mod bank;
mod budget;
mod catalog;
mod challenges;
mod content_format;
mod fixtures;
mod interview;
#[path = "../../examples/support/learner.rs"]
mod learner;
mod marks;
mod optimizer;
mod plan;
mod plan_choices;
mod recovery;
mod rounds;
mod runner;
mod scheduler;
mod search;
mod stats;
mod storage;
mod sync;
mod transfer;
mod welcome;
