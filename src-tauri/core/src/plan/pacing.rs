//! The arithmetic of the study plan: how many new questions a day, and in
//! which order the priority modules give them up.

/// A priority module as the plan sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleProgress {
    pub slug: String,
    pub weight: u32,
    pub questions: u32,
    /// Questions never answered.
    pub unseen: u32,
}

/// New questions for today so that `unseen_at_start` (those left when the
/// day began) are all introduced within `days_left` days, the same number
/// each day (the last days may get one fewer).
pub fn daily_new_quota(unseen_at_start: u32, days_left: u32) -> u32 {
    if days_left == 0 {
        return unseen_at_start;
    }
    unseen_at_start.div_ceil(days_left)
}

/// The days over which the unseen questions are spread: the study days before
/// the interview (`days_left`, today included) less the days the user wants
/// free of new questions, and always at least today. The scheduler's quota
/// and the simulator both pace by it.
pub fn pacing_days(days_left: u32, days_early: u32) -> u32 {
    days_left.saturating_sub(days_early).max(1)
}

/// The modules of the next `count` new questions, in order. Each pick goes
/// to the module with the largest weighted share still unseen, so heavier
/// modules start sooner but every module finishes by the date.
pub fn module_order(modules: &[ModuleProgress], count: u32) -> Vec<String> {
    let mut unseen: Vec<u32> = modules.iter().map(|m| m.unseen).collect();
    let mut order = Vec::new();
    for _ in 0..count {
        let best = (0..modules.len()).filter(|&i| unseen[i] > 0).max_by(|&a, &b| {
            let share =
                |i: usize| f64::from(modules[i].weight) * f64::from(unseen[i]) / f64::from(modules[i].questions);
            // Earlier modules win ties: compare b to a on the index.
            share(a).total_cmp(&share(b)).then(b.cmp(&a))
        });
        let Some(index) = best else { break };
        unseen[index] -= 1;
        order.push(modules[index].slug.clone());
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(slug: &str, weight: u32, questions: u32, unseen: u32) -> ModuleProgress {
        ModuleProgress {
            slug: slug.into(),
            weight,
            questions,
            unseen,
        }
    }

    #[test]
    fn the_quota_spreads_the_unseen_questions_evenly_over_the_days_left() {
        assert_eq!(daily_new_quota(100, 10), 10);
        assert_eq!(daily_new_quota(101, 10), 11);
        assert_eq!(daily_new_quota(5, 30), 1);
        assert_eq!(daily_new_quota(0, 30), 0);
        assert_eq!(daily_new_quota(7, 0), 7);
    }

    #[test]
    fn following_the_quota_introduces_everything_before_the_date() {
        for (unseen, days) in [(295, 30), (40, 7), (535, 100), (3, 10)] {
            let mut left = unseen;
            for day in 0..days {
                left -= daily_new_quota(left, days - day).min(left);
            }
            assert_eq!(left, 0, "{unseen} questions over {days} days");
        }
    }

    #[test]
    fn finishing_early_shortens_the_pacing_but_never_below_today() {
        assert_eq!(pacing_days(30, 0), 30);
        assert_eq!(pacing_days(30, 10), 20);
        assert_eq!(pacing_days(30, 29), 1);
        assert_eq!(pacing_days(30, 90), 1);
        assert_eq!(daily_new_quota(100, pacing_days(30, 10)), 5);
    }

    #[test]
    fn heavier_modules_go_first_and_every_module_is_reached() {
        let modules = [module("a", 1, 10, 10), module("b", 3, 10, 10)];
        let order = module_order(&modules, 20);
        assert_eq!(order[0], "b");
        assert_eq!(order.iter().filter(|slug| *slug == "a").count(), 10);
        assert_eq!(order.iter().filter(|slug| *slug == "b").count(), 10);
        let first_a = order.iter().position(|slug| slug == "a").unwrap();
        assert!(first_a < 10, "module a waits too long: {order:?}");
    }

    #[test]
    fn stops_when_nothing_is_left() {
        let modules = [module("a", 2, 5, 1), module("b", 1, 5, 0)];
        assert_eq!(module_order(&modules, 4), vec!["a".to_owned()]);
    }
}
