SELECT title, preset, mode, hide_difficulty, time_limit_ms, time_left_ms, current, started_ms, finished_ms, scored_ms
FROM rounds
WHERE id = ?1
