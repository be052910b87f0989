//! The one place that calls FSRS: what each grade would do to a card.

use fsrs::{MemoryState, FSRS};
use serde::Serialize;

use super::card::{Card, CardState};
use super::Grade;
use crate::{Error, Result};

const MAX_INTERVAL_DAYS: i64 = 36_500;

/// A card's state after one possible answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub state: CardState,
    pub stability: f32,
    pub difficulty: f32,
    /// Days until the card is due again; 0 means later today.
    pub interval_days: i64,
}

/// What would happen for each grade, shown on the buttons before grading.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct IntervalPreview {
    pub grade: Grade,
    pub days: u32,
    /// Short text for the button: "today", "3d", "1.5mo", "2.1y".
    pub label: String,
}

/// The FSRS-6 model with the parameters in use: the one place FSRS is built,
/// for scheduling, for recall predictions and for the optimizer's evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    parameters: Vec<f32>,
}

impl Default for Model {
    fn default() -> Self {
        Model {
            parameters: fsrs::DEFAULT_PARAMETERS.to_vec(),
        }
    }
}

impl Model {
    /// A model with these parameters, refused when FSRS does not accept them.
    pub fn new(parameters: Vec<f32>) -> Result<Model> {
        if parameters.iter().any(|p| !p.is_finite()) {
            return Err(Error::Scheduler("the FSRS parameters are not all numbers".into()));
        }
        FSRS::new(&parameters)?;
        Ok(Model { parameters })
    }

    pub fn parameters(&self) -> &[f32] {
        &self.parameters
    }

    pub fn is_default(&self) -> bool {
        self.parameters == fsrs::DEFAULT_PARAMETERS
    }

    pub(crate) fn fsrs(&self) -> Result<FSRS> {
        Ok(FSRS::new(&self.parameters)?)
    }

    /// How fast recall fades: FSRS-6's last parameter.
    fn decay(&self) -> f32 {
        self.parameters.get(20).copied().unwrap_or(fsrs::FSRS6_DEFAULT_DECAY)
    }

    /// The predicted probability of recall `days_elapsed` days after the last answer.
    pub fn recall(&self, stability: f32, difficulty: f32, days_elapsed: i64) -> f32 {
        let memory = MemoryState { stability, difficulty };
        fsrs::current_retrievability(memory, days_elapsed.max(0) as f32, self.decay())
    }

    /// The predicted probability that `card` is recalled on `day`.
    pub fn recall_of(&self, card: &Card, day: i64) -> f32 {
        self.recall(card.stability, card.difficulty, day - card.last_day)
    }

    /// The outcomes of the four grades for `card` (None for a new question) on `today`.
    pub fn outcomes(&self, card: Option<&Card>, today: i64, desired_retention: f32) -> Result<[Outcome; 4]> {
        let fsrs = self.fsrs()?;
        let memory = card.map(|card| MemoryState {
            stability: card.stability,
            difficulty: card.difficulty,
        });
        let elapsed = card.map_or(0, |card| (today - card.last_day).max(0));
        let elapsed = u32::try_from(elapsed).unwrap_or(u32::MAX);
        let next = fsrs.next_states(memory, desired_retention, elapsed)?;

        let again_state = match card.map(|card| card.state) {
            None | Some(CardState::New | CardState::Learning) => CardState::Learning,
            Some(CardState::Review | CardState::Relearning) => CardState::Relearning,
        };
        // Intervals never shrink from one grade to the next, and each passing
        // grade gives at least a day more than the one before it.
        let hard = round_days(next.hard.interval)?.max(1);
        let good = round_days(next.good.interval)?.max(hard + 1);
        let easy = round_days(next.easy.interval)?.max(good + 1);

        let outcome = |state, memory: MemoryState, interval_days| -> Result<Outcome> {
            if !memory.stability.is_finite() || !memory.difficulty.is_finite() {
                return Err(Error::Scheduler(
                    "FSRS returned a memory state that is not a number".into(),
                ));
            }
            Ok(Outcome {
                state,
                stability: memory.stability,
                difficulty: memory.difficulty,
                interval_days,
            })
        };
        Ok([
            outcome(again_state, next.again.memory, 0)?,
            outcome(CardState::Review, next.hard.memory, hard)?,
            outcome(CardState::Review, next.good.memory, good)?,
            outcome(CardState::Review, next.easy.memory, easy)?,
        ])
    }
}

fn round_days(interval: f32) -> Result<i64> {
    if !interval.is_finite() || interval < 0.0 {
        return Err(Error::Scheduler(format!(
            "FSRS returned an invalid interval ({interval})"
        )));
    }
    Ok((interval.round() as i64).min(MAX_INTERVAL_DAYS))
}

pub fn previews(outcomes: &[Outcome; 4]) -> Vec<IntervalPreview> {
    Grade::ALL
        .iter()
        .zip(outcomes)
        .map(|(grade, outcome)| {
            let days = u32::try_from(outcome.interval_days).unwrap_or(u32::MAX);
            IntervalPreview {
                grade: *grade,
                days,
                label: interval_label(days),
            }
        })
        .collect()
}

fn interval_label(days: u32) -> String {
    let days_f = f64::from(days);
    match days {
        0 => "today".into(),
        1..=30 => format!("{days}d"),
        31..=364 => trim_decimal(days_f / 30.44, "mo"),
        _ => trim_decimal(days_f / 365.25, "y"),
    }
}

fn trim_decimal(value: f64, unit: &str) -> String {
    let text = format!("{value:.1}");
    format!("{}{unit}", text.strip_suffix(".0").unwrap_or(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review_card(stability: f32, difficulty: f32, last_day: i64) -> Card {
        Card {
            question_id: "q".into(),
            state: CardState::Review,
            stability,
            difficulty,
            due_day: last_day + 3,
            last_day,
            last_ms: 0,
            reps: 3,
            lapses: 0,
        }
    }

    fn assert_ordered(outcomes: &[Outcome; 4]) {
        let days: Vec<i64> = outcomes.iter().map(|o| o.interval_days).collect();
        assert!(days.windows(2).all(|pair| pair[0] <= pair[1]), "not ordered: {days:?}");
        assert!(days[0] >= 0);
        for outcome in outcomes {
            assert!(outcome.stability.is_finite() && outcome.stability > 0.0);
            assert!(outcome.difficulty.is_finite());
        }
    }

    #[test]
    fn intervals_are_ordered_for_new_cards_and_every_retention() {
        for retention in [0.70, 0.80, 0.90, 0.95, 0.99] {
            assert_ordered(&Model::default().outcomes(None, 100, retention).unwrap());
        }
    }

    #[test]
    fn intervals_are_ordered_across_many_memory_states() {
        for stability in [0.1, 0.5, 1.0, 3.0, 10.0, 60.0, 400.0, 5000.0] {
            for difficulty in [1.0, 3.0, 5.5, 8.0, 10.0] {
                for elapsed in [0, 1, 2, 7, 30, 365, 4000] {
                    let card = review_card(stability, difficulty, 1000);
                    assert_ordered(&Model::default().outcomes(Some(&card), 1000 + elapsed, 0.9).unwrap());
                }
            }
        }
    }

    #[test]
    fn a_day_in_the_past_never_gives_negative_elapsed_days() {
        // The clock moved backwards (time-zone change): treated as a same-day review.
        let card = review_card(5.0, 5.0, 1000);
        assert_eq!(
            Model::default().outcomes(Some(&card), 998, 0.9).unwrap(),
            Model::default().outcomes(Some(&card), 1000, 0.9).unwrap()
        );
    }

    #[test]
    fn again_keeps_the_card_today_and_marks_lapses_as_relearning() {
        assert_eq!(
            Model::default().outcomes(None, 5, 0.9).unwrap()[0].state,
            CardState::Learning
        );
        let again = &Model::default()
            .outcomes(Some(&review_card(5.0, 5.0, 0)), 5, 0.9)
            .unwrap()[0];
        assert_eq!((again.state, again.interval_days), (CardState::Relearning, 0));
    }

    #[test]
    fn higher_retention_gives_shorter_intervals() {
        let card = review_card(20.0, 5.0, 0);
        let relaxed = Model::default().outcomes(Some(&card), 20, 0.80).unwrap();
        let strict = Model::default().outcomes(Some(&card), 20, 0.97).unwrap();
        assert!(strict[2].interval_days < relaxed[2].interval_days);
    }

    #[test]
    fn labels_read_naturally() {
        assert_eq!(interval_label(0), "today");
        assert_eq!(interval_label(12), "12d");
        assert_eq!(interval_label(61), "2mo");
        assert_eq!(interval_label(550), "1.5y");
    }
}
