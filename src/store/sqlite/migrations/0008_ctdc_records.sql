-- Historic, anonymized victim records imported from files in the CTDC global
-- victim dataset layout (`frontline import ctdc`), kept for statistics. They
-- identify nobody and belong to no case or unit. Every column of a record is
-- in `cells` (JSON object, column -> value); the ones statistics group by are
-- copied into their own columns. (row_hash, occurrence) makes re-importing a
-- file a no-op: row_hash is the SHA-256 of the row's cells, occurrence counts
-- identical rows within one file (see src/ctdc/import.hpp).
CREATE TABLE ctdc_records (
  id                      INTEGER PRIMARY KEY,
  row_hash                TEXT NOT NULL,
  occurrence              INTEGER NOT NULL,
  source_sha256           TEXT NOT NULL,
  source_line             INTEGER NOT NULL,
  year_of_registration    TEXT NOT NULL DEFAULT '',
  gender                  TEXT NOT NULL DEFAULT '',
  age_broad               TEXT NOT NULL DEFAULT '',
  citizenship             TEXT NOT NULL DEFAULT '',
  country_of_exploitation TEXT NOT NULL DEFAULT '',
  cells                   TEXT NOT NULL,
  imported_at             TEXT NOT NULL,
  imported_by             INTEGER NOT NULL,
  UNIQUE (row_hash, occurrence)
);
CREATE INDEX ctdc_records_year ON ctdc_records(year_of_registration);
