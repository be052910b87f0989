-- Each answered question's card as its review log says it should be: the
-- memory state and interval of its last answer, and its answer and lapse counts.
WITH ranked AS (
  SELECT
    r.*,
    ROW_NUMBER() OVER (PARTITION BY r.question_id ORDER BY r.reviewed_ms DESC, r.id DESC) AS newest
  FROM revlog AS r
),
totals AS (
  SELECT question_id, COUNT(*) AS reps, SUM(grade = 1 AND state_before = 'review') AS lapses
  FROM revlog
  GROUP BY question_id
)
SELECT
  l.question_id,
  CASE
    WHEN l.grade > 1 THEN 'review'
    WHEN l.state_before IN ('new', 'learning') THEN 'learning'
    ELSE 'relearning'
  END AS state,
  l.stability,
  l.difficulty,
  l.day + l.interval_days AS due_day,
  l.day AS last_day,
  l.reviewed_ms AS last_ms,
  t.reps,
  t.lapses
FROM ranked AS l
JOIN totals AS t ON t.question_id = l.question_id
WHERE l.newest = 1
