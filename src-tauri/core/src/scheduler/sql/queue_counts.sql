-- Reviews due by today (?1) and new questions, each counted only up to what
-- today's limits still allow (?2, ?3), so a large bank is not counted in full;
-- and the questions being relearned today. Suspended and buried questions wait.
SELECT
  (SELECT COUNT(*) FROM (
    SELECT 1 FROM cards AS c JOIN questions AS q ON q.id = c.question_id
    WHERE q.retired = 0 AND c.state = 'review' AND c.due_day <= ?1
      AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)) LIMIT ?2)),
  (SELECT COUNT(*) FROM (
    SELECT 1 FROM questions AS q
    WHERE q.retired = 0 AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)
      AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)) LIMIT ?3)),
  (SELECT COUNT(*) FROM cards AS c JOIN questions AS q ON q.id = c.question_id
    WHERE q.retired = 0 AND c.state IN ('learning', 'relearning') AND c.due_day <= ?1
      AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)))
