-- Studied questions not answered today (?1) and not due yet, nor suspended or buried.
SELECT c.question_id, c.state, c.stability, c.difficulty, c.due_day, c.last_day, c.last_ms, c.reps, c.lapses
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND c.state = 'review' AND c.due_day > ?1 AND c.last_day < ?1
  AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1))
ORDER BY q.ord
