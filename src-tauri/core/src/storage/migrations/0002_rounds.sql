-- Timed mock rounds. A round's state is written on every change, so a
-- crash loses nothing and the round can be resumed with the time it had left.
CREATE TABLE rounds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  preset TEXT,
  title TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('interview', 'practice')),
  seed INTEGER NOT NULL,
  hide_difficulty INTEGER NOT NULL,
  time_limit_ms INTEGER NOT NULL,
  time_left_ms INTEGER NOT NULL,
  started_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL,
  current INTEGER NOT NULL DEFAULT 0,
  -- Set when answering ends: finished by the user or out of time.
  finished_ms INTEGER,
  -- Set when every question is scored and the scores went to the scheduler.
  scored_ms INTEGER
) STRICT;

CREATE TABLE round_questions (
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id TEXT NOT NULL REFERENCES questions (id),
  status TEXT NOT NULL DEFAULT 'unanswered' CHECK (status IN ('unanswered', 'answered', 'skipped')),
  flagged INTEGER NOT NULL DEFAULT 0,
  answer_text TEXT NOT NULL DEFAULT '',
  selected TEXT NOT NULL DEFAULT '[]',
  time_ms INTEGER NOT NULL DEFAULT 0,
  -- The app's verdict for output and choice questions; NULL for the others.
  correct INTEGER,
  -- Indexes of the key points the user ticked as covered.
  ticked TEXT,
  score REAL,
  PRIMARY KEY (round_id, position)
) STRICT;
CREATE INDEX round_questions_question ON round_questions (question_id);
