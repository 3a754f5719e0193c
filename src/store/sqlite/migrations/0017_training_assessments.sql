-- End-of-training assessments (issue 7; docs/training.md, "Assessment"): the
-- questionnaire a course's participants answer, one row per participant
-- (officer_id) or per group (group_name, group_size). The five sections are
-- one JSON document: {"trends": {"themes": [...], "text": "..."}, ...}, each
-- section present. Officers are staff, not victims: nothing here is sealed.
-- References training_courses and training_officers of migration 0015.

CREATE TABLE training_assessments (
  id         INTEGER PRIMARY KEY,
  course_id  INTEGER NOT NULL REFERENCES training_courses(id),
  officer_id INTEGER REFERENCES training_officers(id),
  group_name TEXT NOT NULL DEFAULT '',
  group_size INTEGER NOT NULL DEFAULT 0,
  answers    TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  -- A participant's answer or a group's, never both.
  CHECK ((officer_id IS NULL AND group_name <> '' AND group_size >= 1) OR
         (officer_id IS NOT NULL AND group_name = '' AND group_size = 0))
);
CREATE INDEX training_assessments_course ON training_assessments(course_id, id);
-- One answer per participant, and one per group name, on a course.
CREATE UNIQUE INDEX training_assessments_officer ON training_assessments(course_id, officer_id)
  WHERE officer_id IS NOT NULL;
CREATE UNIQUE INDEX training_assessments_group ON training_assessments(course_id, group_name)
  WHERE officer_id IS NULL;
