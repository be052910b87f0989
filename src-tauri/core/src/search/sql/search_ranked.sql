-- The ?2 best-ranked matches of ?1 (title words weigh most; among equals, the
-- first indexed first). Ranking needs no stored text, so every match is ranked
-- without reading its row.
SELECT rowid
FROM question_search
WHERE question_search MATCH ?1
ORDER BY bm25(question_search, 0.0, 10.0, 1.0, 5.0), rowid
LIMIT ?2
