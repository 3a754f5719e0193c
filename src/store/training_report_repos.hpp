// Storage of end-of-training assessments (migration 0017) and the reads the
// training reports are built from (docs/training.md, "Assessments" and
// "Reports"). Included by store.hpp; reached through
// Transaction::training_assessments() and Transaction::training_reports().
// The SQLite implementation is sqlite/training_assessment_repo.cpp and
// sqlite/training_report_repo.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/training_assessment.hpp"
#include "util/result.hpp"

namespace frontline::store {

// Which assessments, or which participants, a read covers. `unit_path_prefix`
// limits participants to officers of units under it (commanders); group
// answers then count when their course has a participant there.
struct TrainingReportQuery {
  std::optional<int> year;             // courses ending in that year
  std::string course_province;         // "" for all: courses held in that (current) province
  std::string unit_province;           // "" for all: officers serving in units of that province
  std::optional<std::string> unit_path_prefix;  // nullopt: every unit
};

// An assessment with the course it belongs to.
struct AssessmentOfCourse {
  domain::TrainingAssessment assessment;
  std::string course_code;
  std::string course_province;
};

class TrainingAssessmentRepo {
 public:
  virtual ~TrainingAssessmentRepo() = default;
  // Conflict when the officer, or a group of the same name, already answered
  // for the course. Returns the new id.
  virtual Result<int64_t> insert(const domain::TrainingAssessment& a) = 0;
  // The course's assessments, by id, officer name and unit code filled;
  // with a prefix, participants' answers only from officers of units under
  // it, and group answers only when a participant of the course serves there.
  virtual Result<std::vector<domain::TrainingAssessment>> of_course(
      int64_t course_id, const std::optional<std::string>& unit_path_prefix) = 0;
  // The assessments of courses (not cancelled) matching `q` (year and
  // course_province; unit_province is not used), scoped as of_course, by id.
  virtual Result<std::vector<AssessmentOfCourse>> matching(const TrainingReportQuery& q) = 0;
};

// One participant (not withdrawn) of a course that is not cancelled.
struct ReportEnrolment {
  int64_t officer_id = 0;
  int64_t unit_id = 0;  // the officer's unit now
  std::string sex;
  std::string rank;
  int64_t course_id = 0;
  bool completed = false;  // status "completed"
};

struct ReportCourseRow {
  int64_t id = 0;
  std::string code;
  std::string title_vi;
  std::string title_en;
  std::string province_code;
  std::string start_date;
  std::string end_date;
};

class TrainingReportRepo {
 public:
  virtual ~TrainingReportRepo() = default;
  // Participants of the courses matching `q` (year, course_province) whose
  // officer serves in a unit matching `q` (unit_province, unit_path_prefix),
  // by course then officer.
  virtual Result<std::vector<ReportEnrolment>> enrolments(const TrainingReportQuery& q) = 0;
  // The courses named, by id.
  virtual Result<std::vector<ReportCourseRow>> courses(const std::vector<int64_t>& ids) = 0;
};

}  // namespace frontline::store
