SELECT id, question_id, prev_card FROM revlog WHERE day = ?1 ORDER BY reviewed_ms DESC, id DESC LIMIT 1
