// Courses, participants, attendance and certificates (docs/training.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/training.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

// Course statuses: planned → in_progress → completed, or cancelled.
bool is_course_status(const std::string& status);
// Whether a course may move from `from` to `to` (the same status is no move).
bool course_status_move_allowed(const std::string& from, const std::string& to);

// Participant statuses: enrolled | withdrawn | completed | not_completed.
bool is_enrolment_status(const std::string& status);

struct CourseTrainer {
  std::optional<int64_t> user_id;
  std::string name;
};

struct Course {
  int64_t id = 0;
  std::string code;
  std::string title_vi;
  std::string title_en;
  std::string province_code;
  std::string venue;
  std::string start_date;  // YYYY-MM-DD
  std::string end_date;
  int64_t capacity = 0;
  int64_t min_attendance_pct = 80;
  int64_t pass_mark = 50;
  std::vector<CourseTrainer> trainers;
  std::vector<int64_t> module_version_ids;  // in the order taught
  std::string status = "planned";
  std::optional<TimePoint> completed_at;
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;
};

struct CourseFilter {
  std::string status;    // "" for all
  std::string province;  // "" for all
  int year = 0;          // 0 for all: courses starting that year
  int64_t offset = 0;
  int64_t limit = 50;
};

struct CoursePage {
  std::vector<Course> items;
  int64_t total = 0;
};

struct Enrolment {
  int64_t course_id = 0;
  int64_t officer_id = 0;
  std::string status = "enrolled";
  int64_t enrolled_by = 0;
  TimePoint enrolled_at;
  TimePoint updated_at;
  std::optional<TimePoint> completed_at;
  // Why the participant did not complete ("attendance", "post_test_missing",
  // "post_test_below_pass_mark"); empty otherwise.
  std::vector<std::string> outcome_reasons;
};

// A participant as lists show them: the enrolment with its officer.
struct Participant {
  Enrolment enrolment;
  TrainingOfficer officer;
};

struct AttendanceMark {
  int64_t course_id = 0;
  int64_t officer_id = 0;
  std::string day;  // YYYY-MM-DD
  bool present = false;
  int64_t recorded_by = 0;
  TimePoint recorded_at;
};

struct Certificate {
  int64_t id = 0;
  std::string code;  // FL-XXXX-XXXX
  int64_t course_id = 0;
  int64_t officer_id = 0;
  int64_t issued_by = 0;
  TimePoint issued_at;
  std::optional<TimePoint> revoked_at;
  std::string revoke_reason;
  std::optional<int64_t> revoked_by;
};

// Every day from start to end inclusive ("YYYY-MM-DD"); empty when either is
// not a valid date or end < start.
std::vector<std::string> course_days(const std::string& start_date, const std::string& end_date);

}  // namespace frontline::domain
