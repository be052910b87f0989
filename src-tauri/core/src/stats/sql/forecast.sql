-- Questions due on each of the next ?3 days from today (?2); overdue ones count as today.
-- The unary + keeps the due-day index out: with most cards due within the
-- window, reading the questions first is faster.
SELECT MAX(c.due_day - ?2, 0) AS offset, COUNT(*)
FROM cards AS c
JOIN questions AS q ON q.id = c.question_id
WHERE q.retired = 0 AND (?1 IS NULL OR q.module_slug = ?1) AND +c.due_day < ?2 + ?3
GROUP BY offset
