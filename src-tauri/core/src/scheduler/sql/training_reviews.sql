-- Every answer, grouped by question and oldest first: what FSRS trains on.
SELECT question_id, grade, day
FROM revlog
ORDER BY question_id, reviewed_ms, id
