SELECT c.stability
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND (?1 IS NULL OR q.module_slug = ?1)
