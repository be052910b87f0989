INSERT INTO drafts (question_id, place, code, updated_ms)
VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (question_id, place) DO UPDATE SET
  code = excluded.code,
  updated_ms = excluded.updated_ms
