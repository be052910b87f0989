//! Drawing a round's questions: weighted by module, toward what the user is
//! weak on or has not seen, away from the last rounds' questions, and
//! reproducible from a seed.

use super::rng::SplitMix64;
use crate::content::Difficulty;

/// A question that fits the round's set-up.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: String,
    pub difficulty: Difficulty,
    pub module_weight: f64,
    /// 1 for an unseen question; otherwise how likely it is forgotten, plus a bonus for lapses.
    pub weakness: f64,
    /// Asked in one of the last rounds.
    pub recent: bool,
}

/// A seen question the user knows well still has this much chance relative to an unseen one.
const BASE_WEIGHT: f64 = 0.2;
/// Recently asked questions are drawn only when little else fits.
const RECENT_FACTOR: f64 = 0.02;

impl Candidate {
    fn weight(&self) -> f64 {
        let recency = if self.recent { RECENT_FACTOR } else { 1.0 };
        self.module_weight * (BASE_WEIGHT + self.weakness) * recency
    }
}

/// The weakness of a studied question from its predicted recall and lapses.
pub fn weakness(retrievability: Option<f32>, lapses: u32) -> f64 {
    match retrievability {
        None => 1.0,
        Some(recall) => (1.0 - f64::from(recall)).clamp(0.0, 1.0) + 0.1 * f64::from(lapses.min(3)),
    }
}

/// Picks up to `count` candidates without replacement (Efraimidis–Spirakis
/// weighted sampling) and orders them easiest first, as interviews usually go.
pub fn draw(candidates: &[Candidate], count: usize, seed: u64) -> Vec<usize> {
    let mut rng = SplitMix64::new(seed);
    let mut keyed: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, candidate)| candidate.weight() > 0.0)
        .map(|(index, candidate)| (rng.next_unit().ln() / candidate.weight(), index))
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = keyed.into_iter().take(count).map(|(_, index)| index).collect();
    chosen.sort_by_key(|index| candidates[*index].difficulty);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: &str, module_weight: f64, weakness: f64, recent: bool) -> Candidate {
        Candidate {
            id: id.into(),
            difficulty: Difficulty::Mid,
            module_weight,
            weakness,
            recent,
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_questions() {
        let pool: Vec<Candidate> = (0..30).map(|i| candidate(&format!("q{i}"), 1.0, 1.0, false)).collect();
        assert_eq!(draw(&pool, 5, 42), draw(&pool, 5, 42));
        assert_ne!(draw(&pool, 5, 42), draw(&pool, 5, 43));
        assert_eq!(draw(&pool, 50, 1).len(), 30);
    }

    #[test]
    fn heavier_modules_and_weaker_questions_are_drawn_more_often() {
        let pool = vec![
            candidate("heavy", 3.0, 1.0, false),
            candidate("light", 1.0, 1.0, false),
            candidate("known", 1.0, 0.0, false),
        ];
        let mut first = [0; 3];
        for seed in 0..3000 {
            first[draw(&pool, 1, seed)[0]] += 1;
        }
        assert!(first[0] > first[1] * 2, "{first:?}");
        assert!(first[1] > first[2] * 3, "{first:?}");
    }

    #[test]
    fn recent_questions_are_avoided_while_others_remain() {
        let mut pool: Vec<Candidate> = (0..5).map(|i| candidate(&format!("new{i}"), 1.0, 1.0, false)).collect();
        pool.extend((0..5).map(|i| candidate(&format!("old{i}"), 1.0, 1.0, true)));
        let mut recent_drawn = 0;
        for seed in 0..200 {
            recent_drawn += draw(&pool, 5, seed).iter().filter(|i| pool[**i].recent).count();
        }
        // A blind draw would pick a recent question 500 times in 1000.
        assert!(
            recent_drawn < 60,
            "recent questions drawn {recent_drawn} times in 1000 picks"
        );
    }

    #[test]
    fn rounds_go_from_easy_to_hard() {
        let mut pool = vec![candidate("a", 1.0, 1.0, false), candidate("b", 1.0, 1.0, false)];
        pool[0].difficulty = Difficulty::Senior;
        pool[1].difficulty = Difficulty::Junior;
        assert_eq!(draw(&pool, 2, 9), vec![1, 0]);
    }

    #[test]
    fn weakness_grows_with_forgetting_and_lapses() {
        assert_eq!(weakness(None, 0), 1.0);
        assert!(weakness(Some(0.95), 0) < weakness(Some(0.6), 0));
        assert!(weakness(Some(0.95), 2) > weakness(Some(0.95), 0));
    }
}
