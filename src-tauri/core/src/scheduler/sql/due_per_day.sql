-- Cards due on each day from ?1 to ?2 (days without any are left out).
SELECT day, cards
FROM due_loads
WHERE day BETWEEN ?1 AND ?2 AND cards > 0
