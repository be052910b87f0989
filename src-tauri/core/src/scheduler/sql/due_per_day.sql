SELECT due_day, COUNT(*)
FROM cards
WHERE due_day BETWEEN ?1 AND ?2 AND question_id != ?3
GROUP BY due_day
