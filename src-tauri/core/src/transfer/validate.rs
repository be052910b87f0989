//! Checking every value of a progress file against what Pyprep could have
//! written, before anything is merged: a file that fails is refused whole.

use std::collections::HashSet;

use super::format::{AttemptRecord, ProgressFile, ReviewRecord, RoundRecord};
use super::read::refuse;
use crate::challenges::MAX_CODE_BYTES;
use crate::notes::MAX_NOTE_BYTES;
use crate::scheduler::card::Card;
use crate::Result;

const MAX_REVIEWS: usize = 2_000_000;
const MAX_ROUNDS: usize = 20_000;
const MAX_ROUND_QUESTIONS: usize = 200;
const MAX_ATTEMPTS: usize = 200_000;
const MAX_INDEXES: usize = 64;
const MAX_TITLE_BYTES: usize = 200;
const MAX_INTERVAL_DAYS: i64 = 36_500;
const MAX_STABILITY: f32 = 1.0e6;
const MAX_DURATION_MS: i64 = 24 * 60 * 60 * 1000;
/// 2020-01-01: nothing Pyprep recorded is older.
const EARLIEST_MS: i64 = 1_577_836_800_000;
const DAY_MS: i64 = 86_400_000;

/// What a file may refer to: the questions in the store, and the present.
pub(super) struct Limits<'a> {
    pub questions: &'a HashSet<String>,
    pub now_ms: i64,
}

pub(super) fn validate(file: &ProgressFile, limits: &Limits) -> Result<()> {
    file.settings
        .validate()
        .map_err(|error| refuse(&format!("its settings are invalid: {error}")))?;
    if fsrs::FSRS::new(&file.fsrs_parameters).is_err() || file.fsrs_parameters.iter().any(|p| !p.is_finite()) {
        return Err(refuse("its FSRS parameters are not a valid set"));
    }
    let question_count = limits.questions.len();
    count("reviews", file.reviews.len(), MAX_REVIEWS)?;
    count("cards", file.cards.len(), question_count)?;
    count("rounds", file.rounds.len(), MAX_ROUNDS)?;
    count("drafts", file.drafts.len(), 2 * question_count)?;
    count("attempts", file.attempts.len(), MAX_ATTEMPTS)?;
    count("notes", file.notes.len(), question_count)?;
    count("marks", file.marks.len(), question_count)?;
    let mut unknown = UnknownIds::new(limits.questions);
    let check = Checker { limits };
    for (index, review) in file.reviews.iter().enumerate() {
        unknown.see(&review.question_id);
        check.review(review).map_err(|reason| at("reviews", index, &reason))?;
    }
    for (index, card) in file.cards.iter().enumerate() {
        unknown.see(&card.question_id);
        check.card(card).map_err(|reason| at("cards", index, &reason))?;
    }
    for (index, round) in file.rounds.iter().enumerate() {
        round.questions.iter().for_each(|q| unknown.see(&q.question_id));
        check.round(round).map_err(|reason| at("rounds", index, &reason))?;
    }
    for (index, draft) in file.drafts.iter().enumerate() {
        unknown.see(&draft.question_id);
        let valid = matches!(draft.place.as_str(), "question" | "review");
        check
            .all([
                (valid, "place must be \"question\" or \"review\""),
                (draft.code.len() <= MAX_CODE_BYTES, "the code is too long"),
                (check.time(draft.updated_ms), "updated_ms is not a plausible time"),
            ])
            .map_err(|reason| at("drafts", index, &reason))?;
    }
    for (index, attempt) in file.attempts.iter().enumerate() {
        unknown.see(&attempt.question_id);
        check
            .attempt(attempt)
            .map_err(|reason| at("attempts", index, &reason))?;
    }
    for (index, note) in file.notes.iter().enumerate() {
        unknown.see(&note.question_id);
        check
            .all([
                (note.text.len() <= MAX_NOTE_BYTES, "the note is longer than 50 KB"),
                (check.time(note.updated_ms), "updated_ms is not a plausible time"),
            ])
            .map_err(|reason| at("notes", index, &reason))?;
    }
    for (index, mark) in file.marks.iter().enumerate() {
        unknown.see(&mark.question_id);
        check
            .all([
                (
                    mark.buried_until_day.is_none_or(|day| check.day(day)),
                    "buried_until_day is not a plausible day",
                ),
                (
                    mark.flagged_ms.is_none_or(|ms| check.time(ms)),
                    "flagged_ms is not a plausible time",
                ),
            ])
            .map_err(|reason| at("marks", index, &reason))?;
    }
    unknown.refuse_if_any()
}

fn count(what: &str, found: usize, most: usize) -> Result<()> {
    if found > most {
        return Err(refuse(&format!("it has {found} {what}; at most {most} are possible")));
    }
    Ok(())
}

fn at(list: &str, index: usize, reason: &str) -> crate::Error {
    refuse(&format!("{list}[{index}]: {reason}"))
}

struct Checker<'a> {
    limits: &'a Limits<'a>,
}

impl Checker<'_> {
    fn all<const N: usize>(&self, checks: [(bool, &str); N]) -> Result<(), String> {
        match checks.iter().find(|(ok, _)| !ok) {
            Some((_, reason)) => Err((*reason).to_owned()),
            None => Ok(()),
        }
    }

    /// Between 2020 and tomorrow.
    fn time(&self, ms: i64) -> bool {
        (EARLIEST_MS..=self.limits.now_ms + DAY_MS).contains(&ms)
    }

    fn day(&self, day: i64) -> bool {
        (EARLIEST_MS / DAY_MS - 1..=self.limits.now_ms / DAY_MS + 2).contains(&day)
    }

    fn memory(stability: f32, difficulty: f32) -> bool {
        stability.is_finite()
            && stability > 0.0
            && stability <= MAX_STABILITY
            && difficulty.is_finite()
            && (1.0..=10.0).contains(&difficulty)
    }

    fn review(&self, review: &ReviewRecord) -> Result<(), String> {
        self.all([
            ((1..=4).contains(&review.grade), "grade must be 1 to 4"),
            (self.time(review.reviewed_ms), "reviewed_ms is not a plausible time"),
            (self.day(review.day), "day is not a plausible study day"),
            (
                (0..=MAX_INTERVAL_DAYS).contains(&review.interval_days),
                "interval_days is out of range",
            ),
            (
                Self::memory(review.stability, review.difficulty),
                "stability or difficulty is out of range",
            ),
            (
                i64::from(review.duration_ms) <= MAX_DURATION_MS,
                "duration_ms is longer than a day",
            ),
        ])?;
        match &review.prev_card {
            Some(card) if card.question_id != review.question_id => Err("prev_card is another question's card".into()),
            Some(card) => self.card(card).map_err(|reason| format!("prev_card: {reason}")),
            None => Ok(()),
        }
    }

    fn card(&self, card: &Card) -> Result<(), String> {
        self.all([
            (
                Self::memory(card.stability, card.difficulty),
                "stability or difficulty is out of range",
            ),
            (self.day(card.last_day), "last_day is not a plausible study day"),
            (
                (card.last_day..=card.last_day + MAX_INTERVAL_DAYS).contains(&card.due_day),
                "due_day is out of range",
            ),
            (self.time(card.last_ms), "last_ms is not a plausible time"),
            (
                card.lapses <= card.reps && card.reps <= MAX_REVIEWS as u32,
                "reps or lapses is out of range",
            ),
        ])
    }

    fn round(&self, round: &RoundRecord) -> Result<(), String> {
        self.all([
            (round.title.len() <= MAX_TITLE_BYTES, "the title is too long"),
            (
                round.preset.as_ref().is_none_or(|p| p.len() <= MAX_TITLE_BYTES),
                "the preset name is too long",
            ),
            (
                matches!(round.mode.as_str(), "interview" | "practice"),
                "mode must be interview or practice",
            ),
            (
                self.time(round.started_ms) && self.time(round.updated_ms),
                "a time is not plausible",
            ),
            (
                round.finished_ms.is_none_or(|ms| self.time(ms)),
                "finished_ms is not a plausible time",
            ),
            (
                round.scored_ms.is_none_or(|ms| self.time(ms)),
                "scored_ms is not a plausible time",
            ),
            (
                (0..=10 * 3_600_000).contains(&round.time_limit_ms),
                "time_limit_ms is out of range",
            ),
            (
                (0..=round.time_limit_ms).contains(&round.time_left_ms),
                "time_left_ms is out of range",
            ),
            (
                !round.questions.is_empty() && round.questions.len() <= MAX_ROUND_QUESTIONS,
                "it must hold 1 to 200 questions",
            ),
            (
                (round.current as usize) < round.questions.len().max(1),
                "current is past the last question",
            ),
        ])?;
        for (position, question) in round.questions.iter().enumerate() {
            let indexes_ok =
                |list: &[u32]| list.len() <= MAX_INDEXES && list.iter().all(|i| (*i as usize) < MAX_INDEXES);
            self.all([
                (
                    matches!(question.status.as_str(), "unanswered" | "answered" | "skipped"),
                    "status must be unanswered, answered or skipped",
                ),
                (question.answer_text.len() <= MAX_CODE_BYTES, "the answer is too long"),
                (
                    indexes_ok(&question.selected),
                    "selected holds impossible option indexes",
                ),
                (
                    question.ticked.as_deref().is_none_or(indexes_ok),
                    "ticked holds impossible key-point indexes",
                ),
                (
                    (0..=MAX_DURATION_MS).contains(&question.time_ms),
                    "time_ms is out of range",
                ),
                (
                    question.score.is_none_or(|s| (0.0..=1.0).contains(&s)),
                    "score must be between 0 and 1",
                ),
                (
                    match (question.tests_passed, question.tests_total) {
                        (Some(passed), Some(total)) => passed <= total && total <= 1_000,
                        (None, None) => true,
                        _ => false,
                    },
                    "tests_passed and tests_total do not agree",
                ),
            ])
            .map_err(|reason| format!("questions[{position}]: {reason}"))?;
        }
        Ok(())
    }

    fn attempt(&self, attempt: &AttemptRecord) -> Result<(), String> {
        self.all([
            (
                matches!(attempt.place.as_str(), "question" | "review" | "round"),
                "place must be question, review or round",
            ),
            (
                attempt.passed <= attempt.total && attempt.total <= 1_000,
                "passed and total do not agree",
            ),
            (
                (0..=MAX_DURATION_MS).contains(&attempt.duration_ms),
                "duration_ms is out of range",
            ),
            (attempt.hints_used <= 100, "hints_used is out of range"),
            (attempt.code.len() <= MAX_CODE_BYTES, "the code is too long"),
            (self.time(attempt.at_ms), "at_ms is not a plausible time"),
            (
                attempt.review_ms.is_none_or(|ms| self.time(ms)),
                "review_ms is not a plausible time",
            ),
        ])
    }
}

/// Ids the store does not know, gathered so the message can name a few.
struct UnknownIds<'a> {
    known: &'a HashSet<String>,
    found: HashSet<String>,
}

impl<'a> UnknownIds<'a> {
    fn new(known: &'a HashSet<String>) -> Self {
        UnknownIds {
            known,
            found: HashSet::new(),
        }
    }

    fn see(&mut self, id: &str) {
        if !self.known.contains(id) && !self.found.contains(id) {
            self.found.insert(id.to_owned());
        }
    }

    fn refuse_if_any(self) -> Result<()> {
        if self.found.is_empty() {
            return Ok(());
        }
        let mut examples: Vec<String> = self.found.iter().map(|id| id.chars().take(80).collect()).collect();
        examples.sort();
        examples.truncate(3);
        Err(refuse(&format!(
            "it refers to {} question(s) this Pyprep does not have (such as {}); update Pyprep and try again",
            self.found.len(),
            examples
                .iter()
                .map(|id| format!("{id:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}
