INSERT INTO rounds (preset, title, mode, seed, hide_difficulty, time_limit_ms, time_left_ms, started_ms, updated_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?7)
