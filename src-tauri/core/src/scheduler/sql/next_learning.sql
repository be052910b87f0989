-- Questions answered "again" today whose last answer is older than ?2 (ms):
-- the first in line, and when it was answered.
SELECT c.question_id, c.last_ms
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND c.state IN ('learning', 'relearning') AND c.due_day <= ?1 AND c.last_ms <= ?2
  AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1))
ORDER BY c.last_ms
LIMIT 1
