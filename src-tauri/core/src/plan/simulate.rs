//! The days until the interview, simulated with the user's FSRS parameters:
//! each day the due questions are answered (recalled with the probability the
//! model predicts), the plan's new questions are introduced, and the day's
//! work stops at the time budget. What comes out is the expected daily load
//! and each module's predicted recall on the interview day. The study plan
//! uses the same pacing and the scheduler the same interview-day rule, so
//! what this promises is what the scheduler does.

use serde::Serialize;

use super::pacing::{daily_new_quota, pacing_days};
use crate::scheduler::day::date_of_day;
use crate::scheduler::placement;
use crate::scheduler::states::{Model, Outcome};

/// A question already studied, as the simulation starts.
#[derive(Debug, Clone)]
pub struct StudiedCard {
    /// Its module among the plan's; None outside them (a left-out module, or
    /// one outside the role): still reviewed, but not part of the readiness.
    pub module: Option<usize>,
    pub stability: f32,
    pub difficulty: f32,
    pub last_day: i64,
    pub due_day: i64,
}

/// What the simulation runs on.
#[derive(Debug, Clone)]
pub struct SimulationInput {
    pub model: Model,
    pub desired_retention: f32,
    pub today: i64,
    pub interview_day: i64,
    /// New questions are paced to be all introduced this many days before the interview.
    pub new_questions_days_early: u32,
    /// The modules' titles; cards and new questions refer to them by index.
    pub modules: Vec<String>,
    /// Questions per module (readiness counts the unseen as not recalled).
    pub module_sizes: Vec<u32>,
    pub studied: Vec<StudiedCard>,
    /// Unseen priority questions in the order the plan introduces them (their module).
    pub new_questions: Vec<usize>,
    pub reviews_per_day: u32,
    /// Answers that fit in a day's time budget; None without a budget.
    pub answers_per_day: Option<u32>,
    pub seconds_per_answer: f32,
    /// Apply the interview-day rule (off only to measure what it does).
    pub interview_rule: bool,
    pub seed: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SimulatedDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub reviews: u32,
    pub new: u32,
    pub minutes: f32,
    /// Answers due that did not fit in the day (budget or review limit).
    pub left_over: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleForecast {
    pub title: String,
    /// Mean predicted recall on the interview day over all its questions.
    pub readiness: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Simulation {
    pub days: Vec<SimulatedDay>,
    pub modules: Vec<ModuleForecast>,
    /// Mean predicted recall on the day over the studied questions.
    pub recall_on_day: f32,
    /// Mean predicted recall on the day over every priority question (unseen count 0).
    pub readiness: f32,
    pub total_reviews: u32,
    pub peak_minutes: f32,
    /// Priority questions still unseen on the day.
    pub unseen_on_day: u32,
}

struct Card {
    module: Option<usize>,
    stability: f32,
    difficulty: f32,
    last_day: i64,
    due_day: i64,
    reps: u32,
}

pub fn simulate(input: &SimulationInput) -> Simulation {
    let mut random = Random(input.seed | 1);
    let mut cards: Vec<Card> = input
        .studied
        .iter()
        .map(|c| Card {
            module: c.module,
            stability: c.stability,
            difficulty: c.difficulty,
            last_day: c.last_day,
            due_day: c.due_day,
            reps: 1,
        })
        .collect();
    let mut next_new = 0;
    let mut days = Vec::new();
    for day in input.today..input.interview_day {
        let days_left = pacing_days(
            u32::try_from(input.interview_day - day).unwrap_or(u32::MAX),
            input.new_questions_days_early,
        );
        let capacity = input.answers_per_day.unwrap_or(u32::MAX);
        let mut due: Vec<usize> = (0..cards.len()).filter(|&i| cards[i].due_day <= day).collect();
        due.sort_by_key(|&i| (cards[i].due_day, i));
        let review_room = capacity.min(input.reviews_per_day);
        let mut answers = 0u32;
        let mut reviewed = 0;
        for &index in &due {
            if answers >= review_room {
                break;
            }
            answers += answer(input, &mut cards[index], day, &mut random);
            reviewed += 1;
        }
        let left_over = (due.len() - reviewed) as u32;
        let unseen = (input.new_questions.len() - next_new) as u32;
        let quota = daily_new_quota(unseen, days_left).min(capacity.saturating_sub(answers));
        let mut introduced = 0;
        for _ in 0..quota {
            // A forgotten question's relearning counts against the day too.
            if answers >= capacity {
                break;
            }
            let module = input.new_questions[next_new];
            next_new += 1;
            introduced += 1;
            let mut card = Card {
                module: Some(module),
                stability: 0.0,
                difficulty: 0.0,
                last_day: day,
                due_day: day,
                reps: 0,
            };
            answers += answer(input, &mut card, day, &mut random);
            cards.push(card);
        }
        days.push(SimulatedDay {
            date: date_of_day(day),
            reviews: answers - introduced,
            new: introduced,
            minutes: answers as f32 * input.seconds_per_answer / 60.0,
            left_over,
        });
    }
    summarize(input, &cards, days, (input.new_questions.len() - next_new) as u32)
}

/// One answer (and, when forgotten, its relearning the same day): the number of answers given.
fn answer(input: &SimulationInput, card: &mut Card, day: i64, random: &mut Random) -> u32 {
    let model = &input.model;
    let current = (card.reps > 0).then(|| crate::scheduler::card::Card {
        question_id: String::new(),
        state: crate::scheduler::CardState::Review,
        stability: card.stability,
        difficulty: card.difficulty,
        due_day: card.due_day,
        last_day: card.last_day,
        last_ms: 0,
        reps: card.reps,
        lapses: 0,
    });
    let recall = current.as_ref().map_or(0.75, |c| model.recall_of(c, day));
    let recalled = random.unit() < recall;
    let Ok(outcomes) = model.outcomes(current.as_ref(), day, input.desired_retention) else {
        return 1;
    };
    let (outcome, given) = if recalled {
        (outcomes[2].clone(), 1)
    } else {
        // Forgotten: relearned the same day, then Good from the lapsed state.
        let lapsed = &outcomes[0];
        let relearn = crate::scheduler::card::Card {
            question_id: String::new(),
            state: lapsed.state,
            stability: lapsed.stability,
            difficulty: lapsed.difficulty,
            due_day: day,
            last_day: day,
            last_ms: 0,
            reps: card.reps + 1,
            lapses: 0,
        };
        match model.outcomes(Some(&relearn), day, input.desired_retention) {
            Ok(again) => (again[2].clone(), 2),
            Err(_) => (lapsed.clone(), 1),
        }
    };
    let interval = planned_interval(input, &outcome, day);
    card.stability = outcome.stability;
    card.difficulty = outcome.difficulty;
    card.last_day = day;
    card.due_day = day + interval.max(1);
    card.reps += given;
    given
}

fn planned_interval(input: &SimulationInput, outcome: &Outcome, day: i64) -> i64 {
    if !input.interview_rule {
        return outcome.interval_days;
    }
    let context = crate::scheduler::answering::ReviewContext {
        today: day,
        now_ms: 0,
        desired_retention: input.desired_retention,
        model: input.model.clone(),
        interview_day: Some(input.interview_day),
    };
    placement::for_interview(&context, outcome, outcome.interval_days)
}

fn summarize(input: &SimulationInput, cards: &[Card], days: Vec<SimulatedDay>, unseen_on_day: u32) -> Simulation {
    let mut sums = vec![0.0f64; input.modules.len()];
    let mut studied_total = 0.0;
    let mut studied = 0u32;
    for card in cards {
        let Some(module) = card.module else { continue };
        let recall = f64::from(input.model.recall(
            card.stability,
            card.difficulty,
            input.interview_day - card.last_day,
        ));
        sums[module] += recall;
        studied_total += recall;
        studied += 1;
    }
    let modules: Vec<ModuleForecast> = input
        .modules
        .iter()
        .zip(&sums)
        .zip(&input.module_sizes)
        .map(|((title, sum), size)| ModuleForecast {
            title: title.clone(),
            readiness: (sum / f64::from((*size).max(1))) as f32,
        })
        .collect();
    let questions: u32 = input.module_sizes.iter().sum();
    Simulation {
        recall_on_day: if studied == 0 {
            0.0
        } else {
            (studied_total / f64::from(studied)) as f32
        },
        readiness: (studied_total / f64::from(questions.max(1))) as f32,
        total_reviews: days.iter().map(|d| d.reviews + d.new).sum(),
        peak_minutes: days.iter().map(|d| d.minutes).fold(0.0, f32::max),
        unseen_on_day,
        modules,
        days,
    }
}

/// xorshift64*, seeded: the same plan simulates the same way every time.
struct Random(u64);

impl Random {
    fn unit(&mut self) -> f32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 40) as f32 / (1u64 << 24) as f32
    }
}
