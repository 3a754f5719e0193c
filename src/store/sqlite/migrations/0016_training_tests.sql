-- Training tests (issue 7, point 3; docs/training.md): the question bank per
-- curriculum module, the pre- and post-tests of a course assembled from it,
-- and the officers' attempts with one row per question of the test. Builds on
-- migration 0015 (training_modules, training_courses, training_officers).
-- Officers are staff, not victims: nothing here is sealed.

CREATE TABLE training_questions (
  id             INTEGER PRIMARY KEY,
  module_id      INTEGER NOT NULL REFERENCES training_modules(id),
  kind           TEXT NOT NULL CHECK (kind IN ('single', 'multiple')),
  text_vi        TEXT NOT NULL,
  text_en        TEXT NOT NULL,
  options        TEXT NOT NULL,            -- JSON [{"key","vi","en","correct"}], keys A, B, ... in order
  explanation_vi TEXT NOT NULL DEFAULT '',
  explanation_en TEXT NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1,
  version        INTEGER NOT NULL DEFAULT 1,
  created_by     INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX training_questions_module ON training_questions(module_id, id);

-- One pre-test and one post-test per course.
CREATE TABLE training_tests (
  id               INTEGER PRIMARY KEY,
  course_id        INTEGER NOT NULL REFERENCES training_courses(id),
  kind             TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
  title            TEXT NOT NULL,
  opens_at         TEXT NOT NULL,
  closes_at        TEXT NOT NULL,          -- the deadline of every attempt
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 240),
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  version          INTEGER NOT NULL DEFAULT 1,
  created_by       INTEGER NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (course_id, kind)
);

-- The ordered questions of a test; frozen once the test has an attempt.
CREATE TABLE training_test_questions (
  test_id     INTEGER NOT NULL REFERENCES training_tests(id),
  position    INTEGER NOT NULL,            -- 1 for Q1
  question_id INTEGER NOT NULL REFERENCES training_questions(id),
  PRIMARY KEY (test_id, position),
  UNIQUE (test_id, question_id)
);
CREATE INDEX training_test_questions_question ON training_test_questions(question_id);

-- Attempts: online (started, then submitted) or entered from paper. A
-- reopened attempt is kept as 'void'; only one attempt per officer and test
-- is not void.
CREATE TABLE training_attempts (
  id           INTEGER PRIMARY KEY,
  test_id      INTEGER NOT NULL REFERENCES training_tests(id),
  officer_id   INTEGER NOT NULL REFERENCES training_officers(id),
  source       TEXT NOT NULL CHECK (source IN ('online', 'paper')),
  state        TEXT NOT NULL CHECK (state IN ('in_progress', 'submitted', 'void')),
  started_at   TEXT NOT NULL,
  due_at       TEXT NOT NULL,
  submitted_at TEXT,
  score        REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  per_question INTEGER NOT NULL DEFAULT 1,  -- 0: a paper score without answers
  recorded_by  INTEGER NOT NULL,
  voided_at    TEXT,
  voided_by    INTEGER
);
CREATE UNIQUE INDEX training_attempts_live ON training_attempts(test_id, officer_id) WHERE state <> 'void';
CREATE INDEX training_attempts_officer ON training_attempts(officer_id, test_id);

-- One row per question of the test for a submitted attempt with answers:
-- the keys chosen ("A;C", '' when not answered) and whether it scored 1.
-- Reports read this for the questions most often failed.
CREATE TABLE training_attempt_answers (
  attempt_id  INTEGER NOT NULL REFERENCES training_attempts(id),
  question_id INTEGER NOT NULL REFERENCES training_questions(id),
  keys        TEXT NOT NULL,
  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
  PRIMARY KEY (attempt_id, question_id)
);
CREATE INDEX training_attempt_answers_question ON training_attempt_answers(question_id);
