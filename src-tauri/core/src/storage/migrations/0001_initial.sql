CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE modules (
  slug TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  planned INTEGER NOT NULL
) STRICT;

-- Questions are upserted from the embedded bank; a question that leaves the
-- bank is retired, never deleted, so its history stays.
CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  module_slug TEXT NOT NULL,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  difficulty TEXT NOT NULL,
  kind TEXT NOT NULL,
  tags TEXT NOT NULL,
  roles TEXT NOT NULL,
  prompt_html TEXT,
  options TEXT NOT NULL,
  expected_output TEXT,
  answer_html TEXT NOT NULL,
  key_points TEXT NOT NULL,
  tip_html TEXT,
  follow_ups TEXT NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX questions_module ON questions (module_slug, ord);

-- The scheduling state of every question studied at least once.
CREATE TABLE cards (
  question_id TEXT PRIMARY KEY REFERENCES questions (id),
  state TEXT NOT NULL CHECK (state IN ('learning', 'review', 'relearning')),
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  due_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  last_ms INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL
) STRICT;
CREATE INDEX cards_due ON cards (state, due_day);

-- One row per answer. `prev_card` is the card before the answer as JSON
-- (NULL when the question was new), so the answer can be undone exactly.
CREATE TABLE revlog (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  question_id TEXT NOT NULL REFERENCES questions (id),
  reviewed_ms INTEGER NOT NULL,
  day INTEGER NOT NULL,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  state_before TEXT NOT NULL CHECK (state_before IN ('new', 'learning', 'review', 'relearning')),
  interval_days INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  duration_ms INTEGER NOT NULL,
  prev_card TEXT
) STRICT;
CREATE INDEX revlog_day ON revlog (day);
CREATE INDEX revlog_question ON revlog (question_id);

CREATE VIRTUAL TABLE question_search USING fts5 (
  question_id UNINDEXED,
  title,
  body,
  tags,
  tokenize = 'porter unicode61'
);
