INSERT INTO questions (
  id, module_slug, ord, title, difficulty, kind, tags, roles, prompt_html, options,
  expected_output, answer_html, key_points, tip_html, follow_ups, challenge, retired
)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 0)
ON CONFLICT (id) DO UPDATE SET
  module_slug = excluded.module_slug,
  ord = excluded.ord,
  title = excluded.title,
  difficulty = excluded.difficulty,
  kind = excluded.kind,
  tags = excluded.tags,
  roles = excluded.roles,
  prompt_html = excluded.prompt_html,
  options = excluded.options,
  expected_output = excluded.expected_output,
  answer_html = excluded.answer_html,
  key_points = excluded.key_points,
  tip_html = excluded.tip_html,
  follow_ups = excluded.follow_ups,
  challenge = excluded.challenge,
  retired = 0
