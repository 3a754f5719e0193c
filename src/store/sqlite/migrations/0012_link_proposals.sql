-- Cross-case links (issue 5, point 6): proposals from the cross-reference of
-- every case person (likely duplicates, and different persons sharing a
-- phone or a document across cases), reviewed by investigators; confirmed
-- duplicates merged into one person, with what moved recorded for undo.
-- No identifying value is stored here: a proposal names persons by id and
-- the kind of identifier they share, never its value.

CREATE TABLE link_proposals (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,              -- duplicate_person | shared_identifier
  person_a        INTEGER NOT NULL REFERENCES persons(id),  -- the lower id
  person_b        INTEGER NOT NULL REFERENCES persons(id),
  identifier_kind TEXT NOT NULL DEFAULT '',   -- phone | citizen_id | passport, for shared_identifier
  score           REAL NOT NULL,
  outcomes        TEXT NOT NULL DEFAULT '{}', -- JSON {field: outcome} of the match explanation
  status          TEXT NOT NULL DEFAULT 'open',  -- open | confirmed | rejected | merged
  created_at      TEXT NOT NULL,
  reviewed_by     INTEGER,
  reviewed_at     TEXT,
  merge_id        INTEGER,
  version         INTEGER NOT NULL DEFAULT 1,
  UNIQUE (kind, person_a, person_b, identifier_kind)
);

CREATE INDEX link_proposals_status ON link_proposals(status, id);
CREATE INDEX link_proposals_b ON link_proposals(person_b);

CREATE TABLE person_merges (
  id          INTEGER PRIMARY KEY,
  survivor_id INTEGER NOT NULL REFERENCES persons(id),
  merged_id   INTEGER NOT NULL REFERENCES persons(id),
  proposal_id INTEGER,
  moved       TEXT NOT NULL,  -- JSON {table: [rowid, ...]} of the rows moved to the survivor
  dropped     TEXT NOT NULL,  -- JSON [{"case_id", "role", "linked_at"}]: the merged person's links to cases the survivor was on
  merged_by   INTEGER NOT NULL,
  merged_at   TEXT NOT NULL,
  undone_by   INTEGER,
  undone_at   TEXT
);

CREATE INDEX person_merges_survivor ON person_merges(survivor_id);
CREATE INDEX person_merges_merged ON person_merges(merged_id);

ALTER TABLE persons ADD COLUMN merged_into INTEGER REFERENCES persons(id);
