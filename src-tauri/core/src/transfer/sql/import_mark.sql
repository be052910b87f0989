-- Flags and suspensions combine (on either machine means on); the earlier
-- flag time and the later burial are kept. Counts a row only when it changed.
INSERT INTO question_marks (question_id, flagged, suspended, buried_until_day, flagged_ms)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (question_id) DO UPDATE SET
  flagged = question_marks.flagged OR excluded.flagged,
  suspended = question_marks.suspended OR excluded.suspended,
  buried_until_day = MAX(COALESCE(question_marks.buried_until_day, excluded.buried_until_day), COALESCE(excluded.buried_until_day, question_marks.buried_until_day)),
  flagged_ms = MIN(COALESCE(question_marks.flagged_ms, excluded.flagged_ms), COALESCE(excluded.flagged_ms, question_marks.flagged_ms))
WHERE (question_marks.flagged OR excluded.flagged) != question_marks.flagged
  OR (question_marks.suspended OR excluded.suspended) != question_marks.suspended
  OR excluded.buried_until_day > COALESCE(question_marks.buried_until_day, excluded.buried_until_day - 1)
