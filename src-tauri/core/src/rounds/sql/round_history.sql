SELECT
  r.id,
  r.title,
  r.preset,
  r.mode,
  r.started_ms,
  r.time_limit_ms - r.time_left_ms,
  r.finished_ms,
  r.scored_ms,
  COUNT(q.position),
  COALESCE(SUM(q.status = 'answered'), 0),
  AVG(q.score)
FROM rounds AS r
JOIN round_questions AS q ON q.round_id = r.id
GROUP BY r.id
ORDER BY r.started_ms DESC, r.id DESC
