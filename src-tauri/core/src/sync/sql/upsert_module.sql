INSERT INTO modules (slug, ord, title, summary, planned, part) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (slug) DO UPDATE SET
  ord = excluded.ord,
  title = excluded.title,
  summary = excluded.summary,
  planned = excluded.planned,
  part = excluded.part
