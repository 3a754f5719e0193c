-- Victims: indicator screenings, identification decisions, receptions of
-- returned victims. Free text that may name people (notes, grounds,
-- documents) is sealed like identities (BLOB columns, crypto::SecretBox).

CREATE TABLE screenings (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES persons(id),
  case_id      INTEGER NOT NULL REFERENCES cases(id),
  set_id       TEXT NOT NULL,
  answers      TEXT NOT NULL,  -- JSON {"present": [id], "absent": [id], "unknown": [id], "act": answer}
  notes        BLOB NOT NULL,  -- sealed
  status       TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
  verdict      TEXT NOT NULL CHECK (verdict IN ('trafficked', 'possible_victim', 'not_identified')),
  created_by   INTEGER NOT NULL REFERENCES users(id),
  updated_by   INTEGER NOT NULL REFERENCES users(id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  completed_at TEXT,
  version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX screenings_person ON screenings(person_id, id);

CREATE TABLE identification_decisions (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES persons(id),
  case_id      INTEGER NOT NULL REFERENCES cases(id),
  status       TEXT NOT NULL
               CHECK (status IN ('screening_pending', 'being_verified', 'identified_victim', 'not_identified')),
  decided_on   TEXT NOT NULL,
  agency       TEXT NOT NULL,
  details      BLOB NOT NULL,  -- sealed JSON {"grounds": text, "documents": [text]}
  screening_id INTEGER REFERENCES screenings(id),
  decided_by   INTEGER NOT NULL REFERENCES users(id),
  created_at   TEXT NOT NULL
);
CREATE INDEX identification_person ON identification_decisions(person_id, id);

CREATE TABLE receptions (
  id                   INTEGER PRIMARY KEY,
  case_id              INTEGER NOT NULL REFERENCES cases(id),
  unit_id              INTEGER NOT NULL REFERENCES units(id),
  handover_country     TEXT NOT NULL,
  handover_agency      TEXT NOT NULL,
  handed_over_at       TEXT NOT NULL,
  receiving_officer_id INTEGER NOT NULL REFERENCES users(id),
  notes                BLOB NOT NULL,  -- sealed
  created_by           INTEGER NOT NULL REFERENCES users(id),
  created_at           TEXT NOT NULL
);
CREATE INDEX receptions_unit ON receptions(unit_id, handed_over_at);
CREATE INDEX receptions_newest ON receptions(handed_over_at, id);

CREATE TABLE reception_persons (
  reception_id INTEGER NOT NULL REFERENCES receptions(id),
  person_id    INTEGER NOT NULL REFERENCES persons(id),
  needs        TEXT NOT NULL DEFAULT '',  -- comma-separated ImmediateNeed names
  needs_note   BLOB NOT NULL,             -- sealed
  PRIMARY KEY (reception_id, person_id)
);
CREATE INDEX reception_persons_person ON reception_persons(person_id);
