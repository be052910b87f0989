SELECT
  q.id,
  q.module_slug,
  m.title,
  q.title,
  q.difficulty,
  q.kind,
  q.tags,
  q.roles,
  q.prompt_html,
  q.options,
  q.expected_output,
  q.answer_html,
  q.key_points,
  q.tip_html,
  q.follow_ups,
  c.state,
  c.due_day,
  c.reps,
  c.lapses,
  q.challenge
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
LEFT JOIN cards AS c ON c.question_id = q.id
WHERE q.id = ?1
