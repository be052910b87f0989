SELECT question_id, status, flagged, answer_text, selected, time_ms, correct, ticked, score, tests_passed, tests_total
FROM round_questions
WHERE round_id = ?1
ORDER BY position
