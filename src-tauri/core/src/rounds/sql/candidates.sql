-- Questions that fit a round's set-up, with their card (if studied) and
-- whether one of the last ?4 rounds asked them.
SELECT
  q.id,
  q.module_slug,
  q.difficulty,
  c.state,
  c.stability,
  c.difficulty,
  c.due_day,
  c.last_day,
  c.last_ms,
  c.reps,
  c.lapses,
  q.kind,
  EXISTS (
    SELECT 1 FROM round_questions AS rq
    WHERE rq.question_id = q.id
      AND rq.round_id IN (SELECT id FROM rounds ORDER BY id DESC LIMIT ?4)
  )
FROM questions AS q
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE q.retired = 0
  AND q.module_slug IN (SELECT value FROM json_each(?1))
  AND q.difficulty IN (SELECT value FROM json_each(?2))
  AND (json_array_length(?3) = 0 OR q.kind IN (SELECT value FROM json_each(?3)))
ORDER BY q.ord
