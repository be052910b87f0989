//! The simulated learner studying with the engine: each day's whole queue is
//! answered, every grade drawn from the learner's true memory of the question
//! (examples/support/learner.rs), which this keeps alongside the engine's.

use std::collections::HashMap;

use fsrs::{MemoryState, FSRS};
use pyprep_core::scheduler::Grade;
use pyprep_core::Engine;

use crate::learner::{self, Random};

pub struct Student {
    truth: FSRS,
    decay: f32,
    random: Random,
    /// Each question's true memory and the study day of its last answer.
    memories: HashMap<String, (MemoryState, i64)>,
}

/// One study day's answers.
#[derive(Debug, Default, Clone, Copy)]
pub struct Day {
    /// Questions seen for the first time.
    pub new: u32,
    /// Answers to questions seen before (same-day relearning included).
    pub reviews: u32,
}

impl Student {
    pub fn new(seed: u64) -> Student {
        let parameters = learner::true_parameters();
        Student {
            truth: FSRS::new(&parameters).expect("true parameters"),
            decay: parameters[20],
            random: Random::new(seed),
            memories: HashMap::new(),
        }
    }

    /// Answers everything the engine puts in today's queue.
    pub fn study_day(&mut self, engine: &mut Engine, today: i64) -> pyprep_core::Result<Day> {
        let mut day = Day::default();
        while let Some(item) = engine.next_review()? {
            let id = item.question.id;
            let known = self.memories.get(&id).copied();
            let memory = known.map(|(memory, _)| memory);
            let elapsed = known.map_or(0, |(_, last)| u32::try_from(today - last).unwrap_or(0));
            let grade = learner::answer(&mut self.random, memory, elapsed, self.decay);
            let (next, _) = learner::next(&self.truth, memory, elapsed, grade);
            self.memories.insert(id.clone(), (next, today));
            engine.answer(&id, Grade::from_number(grade).expect("a grade from 1 to 4"), 20_000)?;
            if known.is_some() {
                day.reviews += 1;
            } else {
                day.new += 1;
            }
        }
        Ok(day)
    }

    /// The learner's true recall on `day`, averaged over the questions studied.
    pub fn recall_on(&self, day: i64) -> f32 {
        let total: f64 = self
            .memories
            .values()
            .map(|(memory, last)| f64::from(fsrs::current_retrievability(*memory, (day - last) as f32, self.decay)))
            .sum();
        (total / self.memories.len().max(1) as f64) as f32
    }
}
