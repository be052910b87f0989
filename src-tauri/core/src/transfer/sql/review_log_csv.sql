SELECT r.question_id, m.title, q.title, r.reviewed_ms, r.day, r.grade, r.state_before, r.interval_days, r.stability,
  r.difficulty, r.duration_ms
FROM revlog AS r
JOIN questions AS q ON q.id = r.question_id
JOIN modules AS m ON m.slug = q.module_slug
ORDER BY r.reviewed_ms, r.id
