//! The grade a submitted attempt suggests; the user confirms or changes it.

use crate::scheduler::Grade;

/// Solving in at most this share of the target time counts as well within it.
const WELL_WITHIN_TARGET: f64 = 0.5;

/// Every test passed without hints: Good, or Easy when well within the target
/// time. Passed after hints: Hard. Not passed, or the solution was shown: Again.
pub fn suggest_grade(
    passed: u32,
    total: u32,
    hints_used: u32,
    solution_shown: bool,
    duration_ms: u32,
    target_minutes: u32,
) -> Grade {
    if solution_shown || total == 0 || passed < total {
        return Grade::Again;
    }
    if hints_used > 0 {
        return Grade::Hard;
    }
    let target_ms = f64::from(target_minutes) * 60_000.0;
    if f64::from(duration_ms) <= target_ms * WELL_WITHIN_TARGET {
        Grade::Easy
    } else {
        Grade::Good
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: u32 = 60_000;

    #[test]
    fn a_clean_solve_is_good_or_easy_by_time() {
        assert_eq!(suggest_grade(8, 8, 0, false, 20 * MINUTE, 25), Grade::Good);
        assert_eq!(suggest_grade(8, 8, 0, false, 12 * MINUTE, 25), Grade::Easy);
        assert_eq!(suggest_grade(8, 8, 0, false, 40 * MINUTE, 25), Grade::Good);
    }

    #[test]
    fn hints_make_it_hard_and_failures_or_the_solution_again() {
        assert_eq!(suggest_grade(8, 8, 1, false, MINUTE, 25), Grade::Hard);
        assert_eq!(suggest_grade(7, 8, 0, false, MINUTE, 25), Grade::Again);
        assert_eq!(suggest_grade(8, 8, 0, true, MINUTE, 25), Grade::Again);
        assert_eq!(suggest_grade(0, 0, 0, false, MINUTE, 25), Grade::Again);
    }
}
