-- Per module: questions in the bank, questions never answered, and questions first answered today (?1).
SELECT
  q.module_slug,
  COUNT(*),
  SUM(c.question_id IS NULL),
  (SELECT COALESCE(SUM(s.reviews), 0) FROM daily_stats AS s
    WHERE s.day = ?1 AND s.module_slug = q.module_slug AND s.kind = 'new')
FROM questions AS q
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE q.retired = 0
GROUP BY q.module_slug
