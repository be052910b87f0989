SELECT q.id, q.title, m.title, q.difficulty
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
WHERE q.id = ?1
