//! Fitting FSRS-6 to the user's own review log. The fit is evaluated against
//! FSRS's default parameters on the same history (log loss and RMSE in bins,
//! as the FSRS benchmark reports them) and used only when it predicts the
//! user's answers better. Reading the log and storing the result hold the
//! engine briefly; the fit itself (seconds) runs on its own, so the app can
//! run it on a background thread while the user keeps studying.

use std::collections::HashMap;

use fsrs::{ComputeParametersInput, FSRSItem, FSRSReview};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::states::Model;
use crate::{Engine, Error, Result};

/// Reviews before the first automatic fit (the threshold Anki long used).
pub const FIRST_FIT_REVIEWS: u32 = 400;
/// Fit again after this many more reviews...
pub const REFIT_EVERY_REVIEWS: u32 = 1_000;
/// ...or after this many days with at least this many new reviews.
const REFIT_AFTER_DAYS: i64 = 30;
const REFIT_MIN_NEW_REVIEWS: u32 = 100;

/// Fewer repeat answers than this tell FSRS nothing (it keeps its defaults).
const MIN_ITEMS: usize = 8;

const FIT_KEY: &str = "fsrs_fit";
const PINNED_KEY: &str = "fsrs_pinned_defaults";

/// How well a set of parameters predicts the user's answers (lower is better).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Evaluation {
    pub log_loss: f32,
    pub rmse: f32,
}

/// One run of the optimizer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Fit {
    /// RFC 3339.
    pub ran_at: String,
    /// Reviews in the log when it ran.
    pub reviews: u32,
    pub defaults: Evaluation,
    /// None when the history was too short to fit anything.
    pub fitted: Option<Evaluation>,
    pub parameters: Vec<f32>,
    /// Whether the fitted parameters were put in use.
    pub adopted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OptimizerStatus {
    /// The fitted parameters are in use (else FSRS-6's defaults).
    pub using_fitted: bool,
    /// The user chose the defaults; automatic fits then only report.
    pub pinned_defaults: bool,
    pub reviews: u32,
    pub last_fit: Option<Fit>,
    /// The review count at which the next automatic fit runs.
    pub next_fit_at_reviews: u32,
}

/// The review log as FSRS trains on it: for every answer after a question's
/// first, that question's answers up to it (days between answers).
#[derive(Debug, Clone)]
pub struct TrainingSet {
    items: Vec<FSRSItem>,
    card_ids: Vec<i64>,
    reviews: u32,
}

impl TrainingSet {
    /// From each question's grades and study days, oldest first.
    pub fn from_histories(histories: &[Vec<(u8, i64)>]) -> TrainingSet {
        let mut items = Vec::new();
        let mut card_ids = Vec::new();
        let mut reviews = 0;
        for (card, history) in histories.iter().enumerate() {
            reviews += history.len() as u32;
            let mut so_far: Vec<FSRSReview> = Vec::with_capacity(history.len());
            let mut previous_day = None;
            for (grade, day) in history {
                let delta_t = previous_day.map_or(0, |previous: i64| (day - previous).max(0) as u32);
                so_far.push(FSRSReview {
                    rating: u32::from(*grade),
                    delta_t,
                });
                previous_day = Some(*day);
                if so_far.len() >= 2 {
                    items.push(FSRSItem {
                        reviews: so_far.clone(),
                    });
                    card_ids.push(card as i64);
                }
            }
        }
        TrainingSet {
            items,
            card_ids,
            reviews,
        }
    }

    pub fn reviews(&self) -> u32 {
        self.reviews
    }

    /// Evaluates `model` on these reviews; None when there is nothing to evaluate.
    pub fn evaluate(&self, model: &Model) -> Result<Option<Evaluation>> {
        if self.items.is_empty() {
            return Ok(None);
        }
        let evaluation = model
            .fsrs()?
            .evaluate_with_card_ids(self.items.clone(), self.card_ids.clone(), |_| true)?;
        Ok(Some(Evaluation {
            log_loss: evaluation.log_loss,
            rmse: evaluation.rmse_bins,
        }))
    }
}

/// Fits parameters to `set` and evaluates them and the defaults. Slow: seconds
/// for tens of thousands of reviews. Touches nothing but its arguments.
pub fn fit(set: &TrainingSet, ran_at: String) -> Result<Fit> {
    if set.items.len() < MIN_ITEMS {
        return Err(Error::InvalidInput(format!(
            "there is too little history to learn from yet: the optimizer needs at least {MIN_ITEMS} \
             answers to questions answered before, and there are {}",
            set.items.len()
        )));
    }
    let defaults = set.evaluate(&Model::default())?.expect("items were checked");
    let parameters = fsrs::compute_parameters(ComputeParametersInput {
        train_set: set.items.clone(),
        card_ids: Some(set.card_ids.clone()),
        ..ComputeParametersInput::default()
    })?;
    let model = Model::new(parameters.clone())?;
    let fitted = if model.is_default() {
        None
    } else {
        set.evaluate(&model)?
    };
    Ok(Fit {
        ran_at,
        reviews: set.reviews,
        defaults,
        fitted,
        parameters,
        adopted: false,
    })
}

impl Engine {
    /// The review log, read for the optimizer.
    pub fn training_set(&self) -> Result<TrainingSet> {
        let mut histories: HashMap<String, Vec<(u8, i64)>> = HashMap::new();
        let mut order = Vec::new();
        let mut statement = self
            .store
            .conn
            .prepare_cached(include_str!("sql/training_reviews.sql"))?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let question: String = row.get(0)?;
            let history = histories.entry(question.clone()).or_insert_with(|| {
                order.push(question);
                Vec::new()
            });
            history.push((row.get(1)?, row.get(2)?));
        }
        let histories: Vec<Vec<(u8, i64)>> = order.iter().filter_map(|q| histories.remove(q)).collect();
        Ok(TrainingSet::from_histories(&histories))
    }

    pub fn optimizer_status(&self) -> Result<OptimizerStatus> {
        let reviews: u32 = self
            .store
            .conn
            .query_row("SELECT COUNT(*) FROM revlog", [], |row| row.get(0))?;
        let last_fit = self.last_fit()?;
        Ok(OptimizerStatus {
            using_fitted: !self.model.is_default(),
            pinned_defaults: self.meta(PINNED_KEY)?.is_some(),
            reviews,
            next_fit_at_reviews: last_fit
                .as_ref()
                .map_or(FIRST_FIT_REVIEWS, |fit| fit.reviews + REFIT_EVERY_REVIEWS),
            last_fit,
        })
    }

    /// Whether an automatic fit is due: enough reviews, and enough new ones
    /// (or enough time) since the last.
    pub fn optimizer_due(&self) -> Result<bool> {
        let status = self.optimizer_status()?;
        if status.reviews < FIRST_FIT_REVIEWS {
            return Ok(false);
        }
        let Some(last) = status.last_fit else {
            return Ok(true);
        };
        let days_since = chrono::DateTime::parse_from_rfc3339(&last.ran_at)
            .map(|ran| (chrono::Utc::now() - ran.to_utc()).num_days())
            .unwrap_or(i64::MAX);
        Ok(status.reviews >= status.next_fit_at_reviews
            || (days_since >= REFIT_AFTER_DAYS && status.reviews >= last.reviews + REFIT_MIN_NEW_REVIEWS))
    }

    /// Records a fit and puts its parameters in use when they predict the
    /// user's answers better than the defaults (and the user did not choose
    /// the defaults, unless `chosen_by_user`, which clears that choice).
    pub fn record_fit(&mut self, mut fit: Fit, chosen_by_user: bool) -> Result<OptimizerStatus> {
        let pinned = self.meta(PINNED_KEY)?.is_some() && !chosen_by_user;
        let better = fit.fitted.is_some_and(|fitted| fitted.log_loss < fit.defaults.log_loss);
        fit.adopted = better && !pinned;
        let model = if fit.adopted {
            Model::new(fit.parameters.clone())?
        } else if chosen_by_user {
            Model::default()
        } else {
            self.model.clone()
        };
        self.store.transact(|tx| {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rusqlite::params![FIT_KEY, serde_json::to_string(&fit)?],
            )?;
            if chosen_by_user {
                tx.execute("DELETE FROM meta WHERE key = ?1", [PINNED_KEY])?;
            }
            super::memory::put_in_use(tx, &model)
        })?;
        self.model = model;
        self.forget_kept();
        self.optimizer_status()
    }

    /// Goes back to FSRS-6's default parameters and keeps them until the user optimizes again.
    pub fn use_default_parameters(&mut self) -> Result<OptimizerStatus> {
        let model = Model::default();
        self.store.transact(|tx| {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, '1') ON CONFLICT (key) DO NOTHING",
                [PINNED_KEY],
            )?;
            super::memory::put_in_use(tx, &model)
        })?;
        self.model = model;
        self.forget_kept();
        self.optimizer_status()
    }

    fn last_fit(&self) -> Result<Option<Fit>> {
        self.meta(FIT_KEY)?
            .map(|json| serde_json::from_str(&json).map_err(Error::from))
            .transpose()
    }

    fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .store
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0))
            .optional()?)
    }
}

/// `fit`, stamped with the current time.
pub fn fit_now(set: &TrainingSet) -> Result<Fit> {
    fit(
        set,
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}
