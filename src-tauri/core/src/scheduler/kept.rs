//! Today's queue kept between calls, and carried past an answer to the
//! question it handed out instead of being worked out again.

use super::answering::Answered;
use super::card::CardState;
use super::queue::{QueueCounts, ReviewItem};
use crate::storage::StoreVersion;
use crate::{Engine, Result};

/// Today's queue as last worked out: the counts, the next question once asked
/// for, and the due reviews in line. It holds while the store is at the same
/// version (every write moves it on: an answer, an undo, a mark, an import, a
/// restore) and the study day is the same, or when the only write since was
/// an answer to the question it handed out ([`Engine::carry_kept_queue`]);
/// the settings, the bank and the scheduler's parameters drop it when they
/// change ([`Engine::forget_kept`]).
pub(crate) struct KeptQueue {
    pub version: StoreVersion,
    pub today: i64,
    pub counts: QueueCounts,
    pub next: Option<KeptNext>,
    /// The due reviews in queue order from the first, last element first: a
    /// slice of what `next_due.sql` would return, read in one go.
    pub due_in_line: Vec<String>,
}

/// The next question, and the span of time (ms, `from_ms..until_ms`) over
/// which it stays next: a question answered "again" waits out its delay.
pub(crate) struct KeptNext {
    pub item: Option<ReviewItem>,
    pub from_ms: i64,
    pub until_ms: i64,
}

impl Engine {
    /// After `answered`, written at store version `before`: when it answered
    /// the question the kept queue handed out, the queue moves on by the
    /// answer alone, as working it out again would give. Which count the
    /// question was in follows from its state, since each kind of question
    /// comes from one part of the queue; the daily limits take one off both
    /// sides of their minimum. A time budget, which each answer's time
    /// changes, and a review due again today are left to be worked out anew.
    /// The answer is already saved: a read failing here only drops the kept
    /// queue, so the answer never reports an error after it was recorded.
    pub(crate) fn carry_kept_queue(&self, before: StoreVersion, answered: &Answered) {
        if self.try_carry_kept_queue(before, answered).is_err() {
            self.kept_queue.replace(None);
        }
    }

    fn try_carry_kept_queue(&self, before: StoreVersion, answered: &Answered) -> Result<()> {
        let mut kept_queue = self.kept_queue.borrow_mut();
        let Some(kept) = kept_queue.as_mut() else {
            return Ok(());
        };
        let handed_out = kept
            .next
            .as_ref()
            .and_then(|next| next.item.as_ref())
            .is_some_and(|item| item.question.id == answered.question_id);
        let due_again_today = answered.state_after == CardState::Review && answered.due_day <= answered.today;
        if kept.version != before
            || kept.today != answered.today
            || !handed_out
            || due_again_today
            || self.settings.daily_minutes.is_some()
        {
            return Ok(());
        }
        let counts = &mut kept.counts;
        match answered.state_before {
            CardState::New => {
                counts.new -= 1;
                counts.new_done_today += 1;
            }
            CardState::Review => {
                counts.due -= 1;
                if kept.due_in_line.last() == Some(&answered.question_id) {
                    kept.due_in_line.pop();
                } else {
                    kept.due_in_line.clear();
                }
            }
            CardState::Learning | CardState::Relearning => counts.learning -= 1,
        }
        if matches!(answered.state_after, CardState::Learning | CardState::Relearning)
            && answered.due_day <= answered.today
        {
            counts.learning += 1;
        }
        if counts.reviewed_today == 0 {
            counts.streak = self.streak(answered.today)?;
        }
        counts.reviewed_today += 1;
        kept.next = None;
        kept.version = self.store.version()?;
        Ok(())
    }
}
