-- Identifiers recorded on a case that are not persons (phones, online
-- accounts, bank accounts, vehicles, addresses, organizations), the
-- entities of the link graph (docs/graph.md). Value, qualifier, normalized
-- key and note are one sealed JSON document (sealed_columns.hpp): a phone or
-- an account can identify a victim. Kind, case and person stay in clear.

CREATE TABLE case_identifiers (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases(id),
  person_id   INTEGER REFERENCES persons(id),
  kind        TEXT NOT NULL,
  sealed      BLOB NOT NULL,
  created_by  INTEGER NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE INDEX case_identifiers_case ON case_identifiers(case_id, id);
