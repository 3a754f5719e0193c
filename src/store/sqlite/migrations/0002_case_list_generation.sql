-- A counter bumped, in the same transaction, by every change that can alter
-- the total of a case list: cases themselves, the unit tree (scopes and the
-- unit filter) and the province mapping (the province filter). Cached list
-- totals are keyed by it, so a cached total is never stale, whichever
-- connection or process made the change.
CREATE TABLE data_generation (
  name TEXT PRIMARY KEY,
  gen  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO data_generation(name, gen) VALUES ('case_lists', 0);

CREATE TRIGGER cases_gen_insert AFTER INSERT ON cases
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER cases_gen_update AFTER UPDATE ON cases
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER cases_gen_delete AFTER DELETE ON cases
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;

CREATE TRIGGER units_gen_insert AFTER INSERT ON units
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER units_gen_update AFTER UPDATE ON units
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER units_gen_delete AFTER DELETE ON units
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;

CREATE TRIGGER provinces_gen_insert AFTER INSERT ON provinces
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER provinces_gen_update AFTER UPDATE ON provinces
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
CREATE TRIGGER provinces_gen_delete AFTER DELETE ON provinces
BEGIN UPDATE data_generation SET gen = gen + 1 WHERE name = 'case_lists'; END;
