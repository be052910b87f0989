SELECT
  (SELECT COUNT(*) FROM cards AS c JOIN questions AS q ON q.id = c.question_id
    WHERE q.retired = 0 AND c.state = 'review' AND c.due_day <= ?1),
  (SELECT COUNT(*) FROM questions AS q
    WHERE q.retired = 0 AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.question_id = q.id)),
  (SELECT COUNT(*) FROM cards AS c JOIN questions AS q ON q.id = c.question_id
    WHERE q.retired = 0 AND c.state IN ('learning', 'relearning') AND c.due_day <= ?1),
  (SELECT COUNT(*) FROM revlog WHERE day = ?1 AND state_before = 'new'),
  (SELECT COUNT(*) FROM revlog WHERE day = ?1 AND state_before = 'review'),
  (SELECT COUNT(*) FROM revlog WHERE day = ?1)
