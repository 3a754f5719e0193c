-- Leads (issue 6, point 5; docs/scan-api.md): online posts saved by an
-- officer or analyst, with the scanner's verdict at saving time, linked to a
-- case when saved or later. The text, source URL, note and the identifiers
-- the scanner found are one sealed JSON document (sealed_columns.hpp): a
-- post names phones and accounts of recruiters and sometimes of victims.
-- Risk, level and the ids of the red flags stay in clear for lists.
-- unit_id is the case's unit, or the creator's while the lead has no case.

CREATE TABLE leads (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER REFERENCES cases(id),
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  sealed      BLOB NOT NULL,
  risk        REAL NOT NULL,
  level       TEXT NOT NULL,
  flag_ids    TEXT NOT NULL,  -- JSON array of flag ids
  created_by  INTEGER NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX leads_case ON leads(case_id, id);
CREATE INDEX leads_unit ON leads(unit_id, id);
