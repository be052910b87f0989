SELECT day, grade, state_before, interval_days, duration_ms
FROM revlog
WHERE question_id = ?1
ORDER BY reviewed_ms, id
