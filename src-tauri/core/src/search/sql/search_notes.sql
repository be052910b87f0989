SELECT
  s.question_id,
  q.module_slug,
  m.title,
  q.title,
  snippet(note_search, 1, ?3, ?4, '…', 16),
  q.difficulty,
  q.kind
FROM note_search AS s
JOIN questions AS q ON q.id = s.question_id
JOIN modules AS m ON m.slug = q.module_slug
WHERE note_search MATCH ?1 AND q.retired = 0
ORDER BY bm25(note_search)
LIMIT ?2
