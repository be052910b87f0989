-- Questions per module by state; a review card is mature once its interval reaches ?2 days.
SELECT
  m.slug,
  m.title,
  COALESCE(SUM(q.retired = 0 AND c.question_id IS NULL), 0),
  COALESCE(SUM(q.retired = 0 AND c.state IN ('learning', 'relearning')), 0),
  COALESCE(SUM(q.retired = 0 AND c.state = 'review' AND c.due_day - c.last_day < ?2), 0),
  COALESCE(SUM(q.retired = 0 AND c.state = 'review' AND c.due_day - c.last_day >= ?2), 0),
  COALESCE(SUM(q.retired = 1), 0)
FROM modules AS m
JOIN questions AS q ON q.module_slug = m.slug
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE ?1 IS NULL OR m.slug = ?1
GROUP BY m.slug
ORDER BY m.ord
