-- How many cards fall due on each day. An interval is placed on the
-- least-loaded day of its fuzz range, for each answer and for the answer
-- buttons; the triggers keep these counts in the statement that changes a
-- card, so placing reads one row per day instead of every card of the range.
CREATE TABLE due_loads (
  day INTEGER PRIMARY KEY,
  cards INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO due_loads (day, cards) SELECT due_day, COUNT(*) FROM cards GROUP BY due_day;

CREATE TRIGGER due_loads_card_added AFTER INSERT ON cards BEGIN
  INSERT INTO due_loads (day, cards) VALUES (NEW.due_day, 1)
  ON CONFLICT (day) DO UPDATE SET cards = cards + 1;
END;

CREATE TRIGGER due_loads_card_removed AFTER DELETE ON cards BEGIN
  UPDATE due_loads SET cards = cards - 1 WHERE day = OLD.due_day;
END;

CREATE TRIGGER due_loads_card_moved AFTER UPDATE OF due_day ON cards
WHEN NEW.due_day IS NOT OLD.due_day BEGIN
  UPDATE due_loads SET cards = cards - 1 WHERE day = OLD.due_day;
  INSERT INTO due_loads (day, cards) VALUES (NEW.due_day, 1)
  ON CONFLICT (day) DO UPDATE SET cards = cards + 1;
END;
