SELECT q.id, q.title, q.difficulty, q.kind, q.tags, c.state, c.due_day, k.flagged, k.suspended, m.title
FROM question_marks AS k
JOIN questions AS q ON q.id = k.question_id
JOIN modules AS m ON m.slug = q.module_slug
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE k.flagged = 1 AND q.retired = 0
ORDER BY k.flagged_ms, q.ord
