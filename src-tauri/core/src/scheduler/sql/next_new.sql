-- The first ?2 new questions, of one module (?1) or all: module order, then
-- easier questions first (questions.ord follows both).
SELECT q.id
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
WHERE q.retired = 0 AND (?1 IS NULL OR q.module_slug = ?1)
  AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)
ORDER BY m.ord, q.ord
LIMIT ?2
