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
  q.challenge,
  k.flagged,
  k.suspended,
  k.buried_until_day,
  n.text
FROM questions AS q
JOIN modules AS m ON m.slug = q.module_slug
LEFT JOIN cards AS c ON c.question_id = q.id
LEFT JOIN question_marks AS k ON k.question_id = q.id
LEFT JOIN notes AS n ON n.question_id = q.id
WHERE q.id = ?1
