INSERT INTO revlog (
  question_id, reviewed_ms, day, grade, state_before, interval_days,
  stability, difficulty, duration_ms, prev_card
)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
