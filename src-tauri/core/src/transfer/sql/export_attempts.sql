SELECT a.question_id, a.place, a.at_ms, a.passed, a.total, a.duration_ms, a.hints_used, a.solution_shown, a.code,
  r.reviewed_ms
FROM attempts AS a
LEFT JOIN revlog AS r ON r.id = a.revlog_id
ORDER BY a.at_ms, a.id
