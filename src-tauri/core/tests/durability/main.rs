//! Tests that take the engine to its limits and report their counts: the crash
//! tests kill a process working on a real database file hundreds of times, and
//! the fuzzers feed the content loader and the import parser with generated and
//! mutated input. A plain `main` (no test harness) so the figures always show,
//! and so this binary can also be the child process the crash tests kill.

mod child;
mod crash;
mod fuzz_content;
mod fuzz_import;
mod random;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

type Check = (&'static str, fn() -> String);

const CHECKS: [Check; 5] = [
    ("crash::answers_survive_sigkill", crash::answers_survive_sigkill),
    (
        "crash::a_round_in_progress_survives_sigkill",
        crash::a_round_in_progress_survives_sigkill,
    ),
    (
        "crash::a_restore_in_progress_survives_sigkill",
        crash::a_restore_in_progress_survives_sigkill,
    ),
    (
        "fuzz_import::the_import_parser_never_panics",
        fuzz_import::the_import_parser_never_panics,
    ),
    (
        "fuzz_content::the_content_loader_never_panics",
        fuzz_content::the_content_loader_never_panics,
    ),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(child::FLAG) {
        child::run(&args[2..]);
        return;
    }
    // `cargo test -- <filter>` passes the filter on; flags such as `--nocapture` are ignored.
    let filters: Vec<&String> = args[1..].iter().filter(|arg| !arg.starts_with('-')).collect();
    let chosen = CHECKS
        .iter()
        .filter(|(name, _)| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())));
    let (mut passed, mut failed) = (0, 0);
    for (name, check) in chosen {
        let started = Instant::now();
        match catch_unwind(AssertUnwindSafe(check)) {
            Ok(figures) => {
                passed += 1;
                println!(
                    "test {name} ... ok ({figures}; {:.1} s)",
                    started.elapsed().as_secs_f64()
                );
            }
            Err(_) => {
                failed += 1;
                println!("test {name} ... FAILED");
            }
        }
    }
    let verdict = if failed == 0 { "ok" } else { "FAILED" };
    println!("\ntest result: {verdict}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out");
    if failed > 0 {
        std::process::exit(101);
    }
}
