-- Questions that fit a round's set-up: the card columns (NULL when the
-- question was never studied, in the order `row_to_card` reads), then the
-- question, then whether one of the last ?4 rounds asked it.
SELECT
  c.question_id,
  c.state,
  c.stability,
  c.difficulty,
  c.due_day,
  c.last_day,
  c.last_ms,
  c.reps,
  c.lapses,
  q.id,
  q.module_slug,
  q.difficulty,
  EXISTS (
    SELECT 1 FROM round_questions AS rq
    WHERE rq.question_id = q.id
      AND rq.round_id IN (SELECT id FROM rounds ORDER BY started_ms DESC, id DESC LIMIT ?4)
  )
FROM questions AS q
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE q.retired = 0
  AND q.module_slug IN (SELECT value FROM json_each(?1))
  AND q.difficulty IN (SELECT value FROM json_each(?2))
  AND (json_array_length(?3) = 0 OR q.kind IN (SELECT value FROM json_each(?3)))
ORDER BY q.ord
