SELECT id, question_id, prev_card FROM revlog WHERE day = ?1 ORDER BY id DESC LIMIT 1
