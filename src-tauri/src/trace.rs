//! `PYPREP_TRACE_STARTUP=1` prints on stderr when each start-up step is done,
//! in ms since `main`, as `pyprep startup <ms> ms <step>`: the split that
//! `npm run bench:startup` reports. Off, it costs one check per mark.

use std::sync::{Mutex, OnceLock};
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Called first thing in `run`, so the clock starts with the app.
pub fn start() {
    START.get_or_init(|| std::env::var_os("PYPREP_TRACE_STARTUP").map(|_| Instant::now()));
}

pub fn mark(step: &str) {
    if let Some(Some(start)) = START.get() {
        let elapsed = start.elapsed().as_secs_f64() * 1000.0;
        eprintln!("pyprep startup {elapsed:.1} ms {step}");
    }
}

/// Marks the first time each step happens; later calls print nothing.
pub fn mark_once(step: impl FnOnce() -> String) {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    if !matches!(START.get(), Some(Some(_))) {
        return;
    }
    let step = step();
    let mut seen = SEEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if !seen.contains(&step) {
        mark(&step);
        seen.push(step);
    }
}

/// The command an engine closure belongs to, from its type name
/// (`pyprep_lib::commands::home::study_plan::{{closure}}::{{closure}}` is `study_plan`).
pub fn command_of<F>() -> &'static str {
    let name = std::any::type_name::<F>();
    let path = name.split("::{{closure}}").next().unwrap_or(name);
    path.rsplit("::").next().unwrap_or(path)
}
