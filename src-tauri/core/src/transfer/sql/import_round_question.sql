INSERT INTO round_questions (round_id, position, question_id, status, flagged, answer_text, selected, time_ms, correct,
  ticked, score, tests_passed, tests_total)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
