-- Coding challenges per difficulty: how many the bank holds, how many the user
-- attempted, and how many an attempt solved (every test passed).
SELECT
  q.difficulty,
  COUNT(*) AS total,
  COUNT(a.question_id) AS attempted,
  COALESCE(SUM(a.solved), 0) AS solved
FROM questions AS q
LEFT JOIN (
  SELECT question_id, MAX(total > 0 AND passed = total) AS solved
  FROM attempts
  GROUP BY question_id
) AS a ON a.question_id = q.id
WHERE q.kind = 'challenge' AND q.retired = 0
GROUP BY q.difficulty
