-- How each answer counts in the statistics: new, learning (relearning
-- included), young review (the interval it was answered at was under 21
-- days) or mature review.
CREATE VIEW review_kinds AS
SELECT
  r.day,
  q.module_slug,
  CASE
    WHEN r.state_before = 'new' THEN 'new'
    WHEN r.state_before IN ('learning', 'relearning') THEN 'learning'
    WHEN json_extract(r.prev_card, '$.due_day') - json_extract(r.prev_card, '$.last_day') >= 21 THEN 'mature'
    ELSE 'young'
  END AS kind,
  r.grade,
  r.duration_ms
FROM revlog AS r
JOIN questions AS q ON q.id = r.question_id;

-- The same, summed per study day, module and kind, plus the sum over all
-- modules under the module name '' (what the unfiltered charts read).
CREATE VIEW daily_totals AS
SELECT
  day,
  module_slug,
  kind,
  COUNT(*) AS reviews,
  SUM(grade = 1) AS again,
  SUM(grade = 2) AS hard,
  SUM(grade = 3) AS good,
  SUM(grade = 4) AS easy,
  SUM(duration_ms) AS duration_ms
FROM review_kinds
GROUP BY day, module_slug, kind
UNION ALL
SELECT
  day,
  '',
  kind,
  COUNT(*),
  SUM(grade = 1),
  SUM(grade = 2),
  SUM(grade = 3),
  SUM(grade = 4),
  SUM(duration_ms)
FROM review_kinds
GROUP BY day, kind;

-- A copy of daily_totals kept up to date in each answer's transaction, so
-- charts over years of history read a few thousand rows, not the whole log:
-- one module's days (or the '' total's) lie together in the primary key.
CREATE TABLE daily_stats (
  day INTEGER NOT NULL,
  module_slug TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('new', 'learning', 'young', 'mature')),
  reviews INTEGER NOT NULL,
  again INTEGER NOT NULL,
  hard INTEGER NOT NULL,
  good INTEGER NOT NULL,
  easy INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (module_slug, day, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX daily_stats_day ON daily_stats (day);

INSERT INTO daily_stats SELECT * FROM daily_totals;
