-- Today's (?1) answers: of new questions, of reviews, and in all.
SELECT
  COALESCE(SUM(state_before = 'new'), 0),
  COALESCE(SUM(state_before = 'review'), 0),
  COUNT(*)
FROM revlog
WHERE day = ?1
