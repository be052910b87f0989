INSERT INTO rounds (preset, title, mode, seed, hide_difficulty, time_limit_ms, time_left_ms, started_ms, updated_ms,
  current, finished_ms, scored_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
