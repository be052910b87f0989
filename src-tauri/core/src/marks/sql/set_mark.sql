INSERT INTO question_marks (question_id, flagged, suspended, buried_until_day, flagged_ms)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (question_id) DO UPDATE SET
  flagged = excluded.flagged,
  suspended = excluded.suspended,
  buried_until_day = excluded.buried_until_day,
  flagged_ms = excluded.flagged_ms
