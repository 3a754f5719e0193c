-- Training and capacity, core part (issue 7; docs/training.md): the officers
-- who can be trained, the manual as versioned modules, the editions sent to
-- units and their receipts, courses with trainers, modules taught,
-- participants, attendance per day, and certificates. Officers are staff,
-- not victims: nothing here is sealed. Lists of {vi,en} objects, citations
-- and outcome reasons are JSON text.

CREATE TABLE training_officers (
  id             INTEGER PRIMARY KEY,
  full_name      TEXT NOT NULL,
  name_folded    TEXT NOT NULL,           -- text::fold(full_name), what ?q= matches
  service_number TEXT NOT NULL UNIQUE,
  unit_id        INTEGER NOT NULL REFERENCES units(id),
  rank           TEXT NOT NULL,
  sex            TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  position       TEXT NOT NULL DEFAULT '',
  user_id        INTEGER UNIQUE REFERENCES users(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_officers_unit ON training_officers(unit_id);

CREATE TABLE training_modules (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  position   INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- Versions are never edited: a change is a new version.
CREATE TABLE training_module_versions (
  id             INTEGER PRIMARY KEY,
  module_id      INTEGER NOT NULL REFERENCES training_modules(id),
  version        INTEGER NOT NULL,
  title_vi       TEXT NOT NULL,
  title_en       TEXT NOT NULL,
  content_vi     TEXT NOT NULL,
  content_en     TEXT NOT NULL,
  objectives     TEXT NOT NULL,           -- JSON [{"vi","en"}]
  citations      TEXT NOT NULL,           -- JSON [{"kind","ref","title"}]
  effective_date TEXT NOT NULL,
  change_note_vi TEXT NOT NULL DEFAULT '',
  change_note_en TEXT NOT NULL DEFAULT '',
  created_by     INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  UNIQUE (module_id, version)
);

CREATE TABLE training_editions (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  note           TEXT NOT NULL DEFAULT '',
  created_by     INTEGER NOT NULL,
  created_at     TEXT NOT NULL
);

-- One version per module and edition (the service checks the module).
CREATE TABLE training_edition_modules (
  edition_id        INTEGER NOT NULL REFERENCES training_editions(id),
  module_version_id INTEGER NOT NULL REFERENCES training_module_versions(id),
  PRIMARY KEY (edition_id, module_version_id)
);

CREATE TABLE training_edition_receipts (
  id          INTEGER PRIMARY KEY,
  edition_id  INTEGER NOT NULL REFERENCES training_editions(id),
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  received_on TEXT NOT NULL,
  copies      INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  medium      TEXT NOT NULL DEFAULT 'print' CHECK (medium IN ('print', 'digital')),
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (unit_id, edition_id)
);

CREATE TABLE training_courses (
  id                 INTEGER PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  title_vi           TEXT NOT NULL,
  title_en           TEXT NOT NULL,
  province_code      TEXT NOT NULL,
  venue              TEXT NOT NULL DEFAULT '',
  start_date         TEXT NOT NULL,
  end_date           TEXT NOT NULL,
  capacity           INTEGER NOT NULL,
  min_attendance_pct INTEGER NOT NULL DEFAULT 80,
  pass_mark          INTEGER NOT NULL DEFAULT 50,
  status             TEXT NOT NULL DEFAULT 'planned',
  completed_at       TEXT,
  created_by         INTEGER NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_courses_start ON training_courses(start_date, id);

CREATE TABLE training_course_trainers (
  course_id INTEGER NOT NULL REFERENCES training_courses(id),
  position  INTEGER NOT NULL,
  user_id   INTEGER REFERENCES users(id),
  name      TEXT NOT NULL,
  PRIMARY KEY (course_id, position)
);

CREATE TABLE training_course_modules (
  course_id         INTEGER NOT NULL REFERENCES training_courses(id),
  module_version_id INTEGER NOT NULL REFERENCES training_module_versions(id),
  position          INTEGER NOT NULL,
  PRIMARY KEY (course_id, module_version_id)
);

CREATE TABLE training_enrolments (
  course_id       INTEGER NOT NULL REFERENCES training_courses(id),
  officer_id      INTEGER NOT NULL REFERENCES training_officers(id),
  status          TEXT NOT NULL DEFAULT 'enrolled',
  enrolled_by     INTEGER NOT NULL,
  enrolled_at     TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  completed_at    TEXT,
  outcome_reasons TEXT NOT NULL DEFAULT '[]',  -- JSON ["attendance", "post_test", ...]
  PRIMARY KEY (course_id, officer_id)
);
CREATE INDEX training_enrolments_officer ON training_enrolments(officer_id);

CREATE TABLE training_attendance (
  course_id   INTEGER NOT NULL,
  officer_id  INTEGER NOT NULL,
  day         TEXT NOT NULL,
  present     INTEGER NOT NULL,
  recorded_by INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (course_id, officer_id, day),
  FOREIGN KEY (course_id, officer_id) REFERENCES training_enrolments(course_id, officer_id)
);

CREATE TABLE training_certificates (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  course_id     INTEGER NOT NULL REFERENCES training_courses(id),
  officer_id    INTEGER NOT NULL REFERENCES training_officers(id),
  issued_by     INTEGER NOT NULL,
  issued_at     TEXT NOT NULL,
  revoked_at    TEXT,
  revoke_reason TEXT NOT NULL DEFAULT '',
  revoked_by    INTEGER,
  UNIQUE (course_id, officer_id)
);
CREATE INDEX training_certificates_officer ON training_certificates(officer_id);
