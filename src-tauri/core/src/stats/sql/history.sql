-- Answers per study day and kind, over all modules ('') or one.
SELECT day, kind, reviews, again, hard, good, easy, duration_ms
FROM daily_stats
WHERE module_slug = ?1
ORDER BY day
