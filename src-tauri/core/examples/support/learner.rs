//! A simulated learner for benchmarks and tests: memory that follows FSRS-6
//! with known parameters that are not the defaults (this learner forgets
//! faster), studied on a schedule made with the default parameters, as a new
//! user's would be. Each answer is recalled with the probability the true
//! memory gives; recalled answers are mostly Good, forgotten ones Again.

use fsrs::{MemoryState, FSRS};

/// The learner's true parameters: FSRS-6's defaults with faster forgetting.
pub fn true_parameters() -> Vec<f32> {
    let mut parameters = fsrs::DEFAULT_PARAMETERS.to_vec();
    for initial_stability in &mut parameters[0..4] {
        *initial_stability *= 0.35;
    }
    parameters[4] += 1.2; // harder to start with
    parameters[8] *= 0.75; // stability grows more slowly after a success
    parameters[20] = 0.35; // a steeper forgetting curve
    parameters
}

/// A reproducible source of randomness (xorshift64*).
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Random {
        Random(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// What one answer does to a memory: the grade's next state.
pub fn next(fsrs: &FSRS, memory: Option<MemoryState>, elapsed: u32, grade: u8) -> (MemoryState, f32) {
    let states = fsrs.next_states(memory, 0.9, elapsed).expect("FSRS next states");
    let state = match grade {
        1 => states.again,
        2 => states.hard,
        3 => states.good,
        _ => states.easy,
    };
    (state.memory, state.interval)
}

/// A grade drawn for a review `elapsed` days after the last, given the true memory.
pub fn answer(random: &mut Random, truth: Option<MemoryState>, elapsed: u32, decay: f32) -> u8 {
    let recall = truth.map_or(0.6, |memory| {
        fsrs::current_retrievability(memory, elapsed as f32, decay)
    });
    if random.unit() >= recall {
        return 1;
    }
    match random.unit() {
        x if x < 0.1 => 2,
        x if x < 0.9 => 3,
        _ => 4,
    }
}

/// Histories (grade, study day) of `cards` questions, `per_day` new ones a
/// day, reviewed on the default scheduler's days until `days` have passed.
pub fn histories(cards: usize, per_day: usize, days: i64, seed: u64) -> Vec<Vec<(u8, i64)>> {
    let truth_parameters = true_parameters();
    let truth = FSRS::new(&truth_parameters).expect("true parameters");
    let scheduler = FSRS::new(&fsrs::DEFAULT_PARAMETERS).expect("default parameters");
    let decay = truth_parameters[20];
    let mut random = Random::new(seed);
    (0..cards)
        .map(|card| {
            let mut day = (card / per_day.max(1)) as i64;
            let (mut true_memory, mut scheduled_memory) = (None, None);
            let mut last_day = day;
            let mut history = Vec::new();
            while day < days {
                let elapsed = (day - last_day) as u32;
                let grade = answer(&mut random, true_memory, elapsed, decay);
                true_memory = Some(next(&truth, true_memory, elapsed, grade).0);
                let (memory, interval) = next(&scheduler, scheduled_memory, elapsed, grade);
                scheduled_memory = Some(memory);
                history.push((grade, day));
                last_day = day;
                day += if grade == 1 {
                    1
                } else {
                    (interval.round() as i64).max(1)
                };
            }
            history
        })
        .filter(|history| !history.is_empty())
        .collect()
}
