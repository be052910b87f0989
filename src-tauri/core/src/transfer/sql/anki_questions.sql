SELECT q.id, m.ord, m.title, q.title, q.difficulty, q.kind, q.tags, q.prompt_html, q.options, q.expected_output,
  q.answer_html, q.key_points, q.tip_html, q.challenge
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
WHERE q.retired = 0 AND (?1 IS NULL OR q.module_slug = ?1)
ORDER BY m.ord, q.ord
