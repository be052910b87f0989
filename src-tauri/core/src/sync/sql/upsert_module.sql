INSERT INTO modules (slug, ord, title, summary, planned) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (slug) DO UPDATE SET
  ord = excluded.ord,
  title = excluded.title,
  summary = excluded.summary,
  planned = excluded.planned
