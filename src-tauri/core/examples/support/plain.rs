//! The simulated learner on plain FSRS intervals, outside the engine: each
//! day every due question is answered, then the day's new ones, and a
//! forgotten answer is relearned the same day, as with the engine's queue.
//! Each interval is FSRS's own with the default parameters, rounded and
//! ordered as `Model::outcomes` does it, but with no fuzz, no least-loaded
//! day and no interview rule: what the engine's placement is compared with.

use fsrs::{MemoryState, FSRS};

use crate::learner::{self, Random};

/// One question's true memory and its memory as the scheduler models it.
struct Question {
    truth: MemoryState,
    modeled: MemoryState,
    last_day: i64,
    due_day: i64,
}

/// Studies `questions` questions, `new_per_day` a day, for `days` days from
/// day 0; returns each studied question's due day and the answers given.
pub fn due_days(questions: usize, new_per_day: usize, days: i64, seed: u64) -> (Vec<i64>, u32) {
    let true_parameters = learner::true_parameters();
    let truth = FSRS::new(&true_parameters).expect("true parameters");
    let scheduler = FSRS::new(&fsrs::DEFAULT_PARAMETERS).expect("default parameters");
    let decay = true_parameters[20];
    let mut random = Random::new(seed);
    let mut studied: Vec<Question> = Vec::new();
    let mut answers = 0;
    for day in 0..days {
        let due: Vec<usize> = (0..studied.len()).filter(|&i| studied[i].due_day <= day).collect();
        let new = new_per_day.min(questions - studied.len());
        for index in due.into_iter().map(Some).chain(std::iter::repeat_n(None, new)) {
            let mut question = index.map(|i| (studied[i].truth, studied[i].modeled, studied[i].last_day));
            // Answered until recalled: a forgotten question comes back the same day.
            let (interval, truth_now, modeled_now) = loop {
                let elapsed = question.map_or(0, |(_, _, last)| u32::try_from(day - last).unwrap_or(0));
                let grade = learner::answer(&mut random, question.map(|q| q.0), elapsed, decay);
                let truth_now = learner::next(&truth, question.map(|q| q.0), elapsed, grade).0;
                let states = scheduler
                    .next_states(question.map(|q| q.1), 0.9, elapsed)
                    .expect("FSRS next states");
                answers += 1;
                let hard = (states.hard.interval.round() as i64).max(1);
                let good = (states.good.interval.round() as i64).max(hard + 1);
                let easy = (states.easy.interval.round() as i64).max(good + 1);
                let (interval, modeled) = match grade {
                    1 => (0, states.again.memory),
                    2 => (hard, states.hard.memory),
                    3 => (good, states.good.memory),
                    _ => (easy, states.easy.memory),
                };
                if interval > 0 {
                    break (interval, truth_now, modeled);
                }
                question = Some((truth_now, modeled, day));
            };
            let answered = Question {
                truth: truth_now,
                modeled: modeled_now,
                last_day: day,
                due_day: day + interval,
            };
            match index {
                Some(i) => studied[i] = answered,
                None => studied.push(answered),
            }
        }
    }
    (studied.iter().map(|question| question.due_day).collect(), answers)
}
