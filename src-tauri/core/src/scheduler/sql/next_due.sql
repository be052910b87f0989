-- The first ?2 reviews due by today (?1), in the order they come.
SELECT c.question_id
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND c.state = 'review' AND c.due_day <= ?1
  AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1))
ORDER BY c.due_day, q.ord, c.question_id
LIMIT ?2
