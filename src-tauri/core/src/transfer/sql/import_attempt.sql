INSERT INTO attempts (question_id, place, at_ms, passed, total, duration_ms, hints_used, solution_shown, code, revlog_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
