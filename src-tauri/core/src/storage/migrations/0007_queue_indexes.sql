-- Indexes for today's queue, the answer buttons and search on a large history.

-- Reviews due on each day of an interval's range, whatever their state: the
-- answer buttons (and each answer) read the load of the days an interval may land on.
CREATE INDEX cards_due_day ON cards (due_day, question_id);

-- The few retired questions, so today's queue and search can leave them out
-- without reading every question.
CREATE INDEX questions_retired ON questions (id) WHERE retired != 0;

-- The most recent answers, whose pace sets how many fit in a daily time budget.
CREATE INDEX revlog_time ON revlog (reviewed_ms);
