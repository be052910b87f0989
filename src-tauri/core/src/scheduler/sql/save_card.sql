INSERT INTO cards (question_id, state, stability, difficulty, due_day, last_day, last_ms, reps, lapses)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (question_id) DO UPDATE SET
  state = excluded.state,
  stability = excluded.stability,
  difficulty = excluded.difficulty,
  due_day = excluded.due_day,
  last_day = excluded.last_day,
  last_ms = excluded.last_ms,
  reps = excluded.reps,
  lapses = excluded.lapses
