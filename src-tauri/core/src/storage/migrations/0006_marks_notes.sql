-- What the user marks on a question: a flag to revisit, suspended (it stops
-- coming back), or buried until a study day. One row per marked question.
CREATE TABLE question_marks (
  question_id TEXT PRIMARY KEY REFERENCES questions (id),
  flagged INTEGER NOT NULL DEFAULT 0,
  suspended INTEGER NOT NULL DEFAULT 0,
  -- Hidden from today's queue while the study day is before this one.
  buried_until_day INTEGER,
  flagged_ms INTEGER
) STRICT, WITHOUT ROWID;

-- A personal note per question, in Markdown.
CREATE TABLE notes (
  question_id TEXT PRIMARY KEY REFERENCES questions (id),
  text TEXT NOT NULL,
  updated_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Notes are searched with the bank; kept in step by the note's own writes.
CREATE VIRTUAL TABLE note_search USING fts5 (
  question_id UNINDEXED,
  text,
  tokenize = 'porter unicode61'
);
