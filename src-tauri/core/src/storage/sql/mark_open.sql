-- Set while the file is open; a clean close removes it, so finding it at the
-- next open means the last session ended without closing (see quick_check).
INSERT INTO meta (key, value) VALUES ('open', strftime('%s', 'now'))
ON CONFLICT (key) DO UPDATE SET value = excluded.value
