-- Of the matches of ?1, the rows ranked best (?2, a JSON array of rowids),
-- with the highlighted title and a snippet of the answer: worked out for these
-- rows only, not for every match. (The unary + keeps the rowid test out of the
-- full-text index, where it would run the whole query once per rowid.)
SELECT
  s.question_id,
  q.module_slug,
  m.title,
  highlight(question_search, 1, ?3, ?4),
  snippet(question_search, 2, ?3, ?4, '…', 16),
  q.difficulty,
  q.kind,
  s.rowid
FROM question_search AS s
JOIN questions AS q ON q.id = s.question_id
JOIN modules AS m ON m.slug = q.module_slug
WHERE question_search MATCH ?1 AND +s.rowid IN (SELECT value FROM json_each(?2)) AND q.retired = 0
