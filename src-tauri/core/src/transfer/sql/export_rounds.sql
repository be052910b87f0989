SELECT id, preset, title, mode, seed, hide_difficulty, time_limit_ms, time_left_ms, started_ms, updated_ms, current,
  finished_ms, scored_ms
FROM rounds
ORDER BY started_ms, id
