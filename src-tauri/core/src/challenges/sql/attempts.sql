SELECT a.id, a.place, a.at_ms, a.passed, a.total, a.duration_ms, a.hints_used, a.solution_shown, r.grade
FROM attempts AS a
LEFT JOIN revlog AS r ON r.id = a.revlog_id
WHERE a.question_id = ?1
ORDER BY a.at_ms DESC, a.id DESC
LIMIT 50
