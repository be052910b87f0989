use rusqlite::{Row, Transaction};
use serde::{Deserialize, Serialize};

use crate::Result;

/// Where a question stands in its learning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum CardState {
    /// Never answered.
    New,
    /// Answered "again" the first time it was seen; comes back today.
    Learning,
    /// Remembered; comes back after its interval.
    Review,
    /// Forgotten after being remembered; comes back today.
    Relearning,
}

impl CardState {
    pub fn as_str(self) -> &'static str {
        match self {
            CardState::New => "new",
            CardState::Learning => "learning",
            CardState::Review => "review",
            CardState::Relearning => "relearning",
        }
    }

    /// The state a card is in after an answer of `grade` (1 to 4) from this one.
    pub fn after(self, grade: u8) -> CardState {
        match (grade, self) {
            (2.., _) => CardState::Review,
            (_, CardState::New | CardState::Learning) => CardState::Learning,
            _ => CardState::Relearning,
        }
    }

    pub fn parse(text: &str) -> CardState {
        match text {
            "learning" => CardState::Learning,
            "review" => CardState::Review,
            "relearning" => CardState::Relearning,
            _ => CardState::New,
        }
    }
}

/// The scheduling state of a question that has been answered at least once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub question_id: String,
    pub state: CardState,
    pub stability: f32,
    pub difficulty: f32,
    pub due_day: i64,
    pub last_day: i64,
    pub last_ms: i64,
    pub reps: u32,
    pub lapses: u32,
}

impl Card {
    pub fn load(tx: &Transaction, question_id: &str) -> Result<Option<Card>> {
        let mut statement = tx.prepare_cached(include_str!("sql/get_card.sql"))?;
        let mut rows = statement.query_map([question_id], row_to_card)?;
        Ok(rows.next().transpose()?)
    }

    pub fn save(&self, tx: &Transaction) -> Result<()> {
        tx.prepare_cached(include_str!("sql/save_card.sql"))?
            .execute(rusqlite::params![
                self.question_id,
                self.state.as_str(),
                self.stability,
                self.difficulty,
                self.due_day,
                self.last_day,
                self.last_ms,
                self.reps,
                self.lapses,
            ])?;
        Ok(())
    }
}

pub fn row_to_card(row: &Row) -> rusqlite::Result<Card> {
    Ok(Card {
        question_id: row.get(0)?,
        state: CardState::parse(&row.get::<_, String>(1)?),
        stability: row.get(2)?,
        difficulty: row.get(3)?,
        due_day: row.get(4)?,
        last_day: row.get(5)?,
        last_ms: row.get(6)?,
        reps: row.get(7)?,
        lapses: row.get(8)?,
    })
}
