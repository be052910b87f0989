-- Which part of the bank a module belongs to: the handbook's twenty modules,
-- or the modules beyond it.
ALTER TABLE modules ADD COLUMN part TEXT NOT NULL DEFAULT 'handbook' CHECK (part IN ('handbook', 'beyond'));
