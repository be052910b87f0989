INSERT INTO question_search (question_id, title, body, tags) VALUES (?1, ?2, ?3, ?4)
