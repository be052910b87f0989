-- Coding challenges: what the editor starts from and the tests that judge it
-- (JSON, NULL for other kinds), the user's code in progress, and every submit.
ALTER TABLE questions ADD COLUMN challenge TEXT;

-- The code being written for a challenge, saved as the user types: one draft
-- per question and place (the question page, or a review in progress).
CREATE TABLE drafts (
  question_id TEXT NOT NULL REFERENCES questions (id),
  place TEXT NOT NULL CHECK (place IN ('question', 'review')),
  code TEXT NOT NULL,
  updated_ms INTEGER NOT NULL,
  PRIMARY KEY (question_id, place)
) STRICT, WITHOUT ROWID;

-- One row per submit: every test run against the code as it was.
CREATE TABLE attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  question_id TEXT NOT NULL REFERENCES questions (id),
  place TEXT NOT NULL CHECK (place IN ('question', 'review', 'round')),
  at_ms INTEGER NOT NULL,
  passed INTEGER NOT NULL CHECK (passed >= 0),
  total INTEGER NOT NULL CHECK (total >= passed),
  duration_ms INTEGER NOT NULL,
  hints_used INTEGER NOT NULL,
  solution_shown INTEGER NOT NULL,
  code TEXT NOT NULL,
  -- The review recorded with it, when the user graded the attempt.
  revlog_id INTEGER REFERENCES revlog (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX attempts_question ON attempts (question_id, at_ms);

-- A challenge in a round is scored by the share of its tests its final code passes.
ALTER TABLE round_questions ADD COLUMN tests_passed INTEGER;
ALTER TABLE round_questions ADD COLUMN tests_total INTEGER;
