-- Frontline schema, version 1: reference data, accounts, cases, persons,
-- timeline, evidence and the audit log. Times are UTC ISO 8601 text.

CREATE TABLE countries (
  alpha2  TEXT PRIMARY KEY,
  alpha3  TEXT NOT NULL,
  numeric TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_vi TEXT NOT NULL DEFAULT ''
);

CREATE TABLE provinces (
  code           TEXT PRIMARY KEY,
  gso_code       TEXT NOT NULL DEFAULT '',
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL,
  is_current     INTEGER NOT NULL,
  coastal        INTEGER NOT NULL,
  land_borders   TEXT NOT NULL DEFAULT '',  -- comma-separated ISO alpha-2
  successor_code TEXT NOT NULL
);
CREATE INDEX provinces_successor ON provinces(successor_code);

CREATE TABLE units (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL,
  parent_id      INTEGER REFERENCES units(id),
  province_code  TEXT REFERENCES provinces(code),
  facing_country TEXT,
  path           TEXT NOT NULL
);
CREATE INDEX units_path ON units(path);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL DEFAULT '',
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  roles         TEXT NOT NULL,              -- comma-separated role names
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,
  language      TEXT NOT NULL DEFAULT 'vi',
  created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE case_sequences (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
);

CREATE TABLE cases (
  id                        INTEGER PRIMARY KEY,
  number                    TEXT NOT NULL UNIQUE,
  title                     TEXT NOT NULL,
  summary                   TEXT NOT NULL DEFAULT '',
  status                    TEXT NOT NULL,
  trafficking_form          TEXT NOT NULL,
  unit_id                   INTEGER NOT NULL REFERENCES units(id),
  province_code             TEXT NOT NULL REFERENCES provinces(code),
  reported_on               TEXT NOT NULL,
  origin_country            TEXT,
  transit_countries         TEXT NOT NULL DEFAULT '',
  destination_country       TEXT,
  border_crossing           TEXT NOT NULL DEFAULT '',
  recruitment_channel       TEXT NOT NULL,
  recruitment_platform      TEXT NOT NULL DEFAULT '',
  recruitment_platform_name TEXT NOT NULL DEFAULT '',
  merged_into               INTEGER REFERENCES cases(id),
  created_by                INTEGER NOT NULL REFERENCES users(id),
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL,
  version                   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_unit ON cases(unit_id, id);
CREATE INDEX cases_status ON cases(status, id);
CREATE INDEX cases_province ON cases(province_code, id);
CREATE INDEX cases_form ON cases(trafficking_form, id);
CREATE INDEX cases_reported ON cases(reported_on, id);

-- Folded (accent-free, lower-case) text of each case for free-text search.
CREATE VIRTUAL TABLE cases_fts USING fts5(body, tokenize = 'unicode61');

CREATE TABLE persons (
  id            INTEGER PRIMARY KEY,
  identity      BLOB NOT NULL,               -- sealed JSON of domain::PersonIdentity
  sex           TEXT NOT NULL,
  birth_year    INTEGER,
  nationality   TEXT,
  home_province TEXT REFERENCES provinces(code),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE case_persons (
  case_id   INTEGER NOT NULL REFERENCES cases(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  role      TEXT NOT NULL,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_persons_person ON case_persons(person_id);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases(id),
  occurred_at TEXT NOT NULL,
  kind        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  location    TEXT NOT NULL DEFAULT '',
  created_by  INTEGER NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL
);
CREATE INDEX events_case ON events(case_id, occurred_at, id);

CREATE TABLE evidence (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases(id),
  title        TEXT NOT NULL,
  kind         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  file_name    TEXT NOT NULL,
  media_type   TEXT NOT NULL,
  size_bytes   INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  collected_on TEXT,
  created_by   INTEGER NOT NULL REFERENCES users(id),
  created_at   TEXT NOT NULL
);
CREATE INDEX evidence_case ON evidence(case_id, id);
CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor_id    INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  detail      TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_record ON audit_log(record_type, record_id);

-- Append-only: the application never changes or removes an entry. A direct
-- edit must first drop these triggers, and the hash chain still tells.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
