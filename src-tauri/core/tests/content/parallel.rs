//! Runs the content checks on every core: a shared queue of jobs, one worker
//! thread a core, and the failures of all of them.

use std::sync::Mutex;

/// Checks every job, `check` returning a failure's message; the messages come back in job order.
pub fn failures<J: Sync>(jobs: &[J], check: impl Fn(&J) -> Result<(), String> + Sync) -> Vec<String> {
    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(jobs.iter().enumerate());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let Some((index, job)) = next.lock().unwrap().next() else {
                    break;
                };
                if let Err(message) = check(job) {
                    failures.lock().unwrap().push((index, message));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(index, _)| *index);
    failures.into_iter().map(|(_, message)| message).collect()
}
