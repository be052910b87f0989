SELECT question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses
FROM cards
WHERE question_id = ?1
