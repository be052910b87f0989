SELECT
  m.slug,
  m.ord,
  m.title,
  m.summary,
  m.planned,
  COUNT(q.id),
  COUNT(c.question_id),
  COALESCE(SUM(c.state = 'review' AND c.due_day - c.last_day >= ?2), 0),
  COALESCE(SUM(c.due_day <= ?1), 0),
  m.part
FROM modules AS m
LEFT JOIN questions AS q ON q.module_slug = m.slug AND q.retired = 0
LEFT JOIN cards AS c ON c.question_id = q.id
GROUP BY m.slug
ORDER BY m.ord
