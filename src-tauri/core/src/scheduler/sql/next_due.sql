SELECT c.question_id
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND c.state = 'review' AND c.due_day <= ?1
ORDER BY c.due_day, q.ord
LIMIT 1
