SELECT question_id, reviewed_ms, day, grade, state_before, interval_days, stability, difficulty, duration_ms, prev_card
FROM revlog
ORDER BY reviewed_ms, id
