-- The studied questions that keep coming back (not suspended), with their module.
SELECT q.module_slug, c.stability, c.difficulty, c.last_day, c.due_day
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0
  AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND k.suspended = 1)
ORDER BY c.question_id
