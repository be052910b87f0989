SELECT
  s.question_id,
  q.module_slug,
  m.title,
  highlight(question_search, 1, ?3, ?4),
  snippet(question_search, 2, ?3, ?4, '…', 16),
  q.difficulty,
  q.kind
FROM question_search AS s
JOIN questions AS q ON q.id = s.question_id
JOIN modules AS m ON m.slug = q.module_slug
WHERE question_search MATCH ?1 AND q.retired = 0
ORDER BY bm25(question_search, 0.0, 10.0, 1.0, 5.0)
LIMIT ?2
