-- Scored rounds started at or after ?1 (ms), oldest first.
SELECT
  r.id,
  r.preset,
  r.started_ms,
  AVG(q.score),
  AVG(CASE WHEN q.status = 'answered' THEN q.time_ms END),
  COUNT(q.position)
FROM rounds AS r
JOIN round_questions AS q ON q.round_id = r.id
WHERE r.scored_ms IS NOT NULL AND r.started_ms >= ?1
GROUP BY r.id
ORDER BY r.started_ms, r.id
