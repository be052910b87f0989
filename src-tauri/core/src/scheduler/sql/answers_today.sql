-- Today's (?1) answers: of new questions, of reviews, in all, and the time they took.
SELECT
  COALESCE(SUM(state_before = 'new'), 0),
  COALESCE(SUM(state_before = 'review'), 0),
  COUNT(*),
  COALESCE(SUM(duration_ms), 0)
FROM revlog
WHERE day = ?1
