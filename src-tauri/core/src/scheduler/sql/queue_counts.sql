-- Reviews due by today (?1) and new questions, each counted only up to what
-- today's limits still allow (?2, ?3); and the questions being relearned today.
-- Retired, suspended and buried questions wait; the left-out modules (?4, a
-- JSON array of slugs) give no new questions, though their reviews still come.
--
-- The few questions that wait are counted and taken away, rather than every
-- question checked: min(T, ?2 + W) - W is min(T - W, ?2) for T due reviews of
-- which W wait, read from the due index alone; and the new questions are the
-- questions without a card (every card has its question: foreign keys are
-- enforced, one card per question) less those that wait and those left out.
WITH
  waiting (id) AS (
    SELECT id FROM questions WHERE retired != 0
    UNION
    SELECT question_id FROM question_marks WHERE suspended = 1 OR buried_until_day > ?1
  ),
  due_waiting (n) AS (
    SELECT COUNT(*) FROM waiting AS w CROSS JOIN cards AS c ON c.question_id = w.id
    WHERE c.state = 'review' AND c.due_day <= ?1
  )
SELECT
  (SELECT COUNT(*) FROM (
    SELECT 1 FROM cards WHERE state = 'review' AND due_day <= ?1 LIMIT ?2 + (SELECT n FROM due_waiting)))
    - (SELECT n FROM due_waiting),
  MIN(?3, MAX(0,
    (SELECT COUNT(*) FROM questions)
    - (SELECT COUNT(*) FROM cards)
    - (SELECT COUNT(*) FROM questions AS q
        WHERE q.retired != 0 AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id))
    - (SELECT COUNT(*) FROM question_marks AS k
        WHERE (k.suspended = 1 OR k.buried_until_day > ?1)
          AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = k.question_id)
          AND EXISTS (SELECT 1 FROM questions AS q WHERE q.id = k.question_id AND q.retired = 0))
    - (SELECT COUNT(*) FROM questions AS q
        WHERE q.module_slug IN (SELECT value FROM json_each(?4)) AND q.retired = 0
          AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)
          AND NOT EXISTS (SELECT 1 FROM question_marks AS k
            WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1))))),
  (SELECT COUNT(*) FROM cards AS c JOIN questions AS q ON q.id = c.question_id
    WHERE q.retired = 0 AND c.state IN ('learning', 'relearning') AND c.due_day <= ?1
      AND NOT EXISTS (SELECT 1 FROM question_marks AS k WHERE k.question_id = q.id AND (k.suspended = 1 OR k.buried_until_day > ?1)))
