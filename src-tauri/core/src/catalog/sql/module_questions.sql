SELECT q.id, q.title, q.difficulty, q.kind, q.tags, c.state, c.due_day, k.flagged, k.suspended
FROM questions AS q
LEFT JOIN cards AS c ON c.question_id = q.id
LEFT JOIN question_marks AS k ON k.question_id = q.id
WHERE q.module_slug = ?1 AND q.retired = 0
ORDER BY q.ord
