-- The first ?2 new questions, of one module (?1) or all: module order, then
-- easier questions first (questions.ord follows both). Suspended questions,
-- and those buried on study day ?3, wait; the left-out modules (?4, a JSON
-- array of slugs) give none.
SELECT q.id
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
WHERE q.retired = 0 AND (?1 IS NULL OR q.module_slug = ?1)
  AND q.module_slug NOT IN (SELECT value FROM json_each(?4))
  AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)
  AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?3))
ORDER BY m.ord, q.ord
LIMIT ?2
