// The training programme's storage interface (docs/training.md), included by
// store.hpp and reached through Transaction::training_*(). Part of the store
// contract: the SQLite implementation lives in sqlite/training_*_repo.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/training.hpp"
#include "domain/training_course.hpp"
#include "util/result.hpp"

namespace frontline::store {

struct CaseScope;

// Officers who can be trained (training_officers).
class TrainingOfficerRepo {
 public:
  virtual ~TrainingOfficerRepo() = default;
  // Conflict when the service number or the user is already registered. Returns the new id.
  virtual Result<int64_t> insert(const domain::TrainingOfficer& o) = 0;
  // NotFound when no officer has `id`. Unit code and path filled.
  virtual Result<domain::TrainingOfficer> get(int64_t id) = 0;
  virtual Result<std::optional<domain::TrainingOfficer>> find_by_user(int64_t user_id) = 0;
  virtual Result<std::optional<domain::TrainingOfficer>> find_by_service_number(const std::string& sn) = 0;
  // Version check as CaseRepo::update; Conflict also for a taken service number or user.
  virtual Status update(const domain::TrainingOfficer& o) = 0;
  // Officers of units in `scope` matching `filter`, by name then id; the total ignores offset and limit.
  virtual Result<domain::OfficerPage> list(const domain::OfficerFilter& filter, const CaseScope& scope) = 0;
};

// The manual: modules, their versions, editions and receipts.
class TrainingCurriculumRepo {
 public:
  virtual ~TrainingCurriculumRepo() = default;
  // Conflict when the code is taken. Returns the new id.
  virtual Result<int64_t> insert_module(const domain::TrainingModule& m) = 0;
  // NotFound when no module has `id`.
  virtual Result<domain::TrainingModule> get_module(int64_t id) = 0;
  // Every module by position, then code.
  virtual Result<std::vector<domain::TrainingModule>> list_modules() = 0;
  // Conflict when the module already has that version number. Returns the new id.
  virtual Result<int64_t> insert_version(const domain::ModuleVersion& v) = 0;
  // NotFound when no version has `id`. module_code filled.
  virtual Result<domain::ModuleVersion> get_version(int64_t id) = 0;
  // The module's versions, newest first.
  virtual Result<std::vector<domain::ModuleVersion>> versions_of(int64_t module_id) = 0;
  // The latest version of every module (one per module that has any), by module id.
  virtual Result<std::vector<domain::ModuleVersion>> latest_versions() = 0;

  // Conflict when the code is taken. Stores its module versions. Returns the new id.
  virtual Result<int64_t> insert_edition(const domain::Edition& e) = 0;
  // NotFound when no edition has `id`. module_version_ids filled.
  virtual Result<domain::Edition> get_edition(int64_t id) = 0;
  // Every edition, oldest first (effective date, then id), each with its module versions.
  virtual Result<std::vector<domain::Edition>> list_editions() = 0;

  // Conflict when the unit already recorded that edition. Returns the new id.
  virtual Result<int64_t> insert_receipt(const domain::EditionReceipt& r) = 0;
  // The receipts of an edition, by unit code. Edition and unit codes filled.
  virtual Result<std::vector<domain::EditionReceipt>> receipts_of(int64_t edition_id) = 0;
  // Every receipt of every edition, filled as receipts_of, by unit id then
  // the edition's effective date and id (the last of a unit is its newest).
  virtual Result<std::vector<domain::EditionReceipt>> all_receipts() = 0;
};

// Courses, their participants and attendance.
class TrainingCourseRepo {
 public:
  virtual ~TrainingCourseRepo() = default;
  // Conflict when the code is taken. Stores trainers and modules. Returns the new id.
  virtual Result<int64_t> insert(const domain::Course& c) = 0;
  // NotFound when no course has `id`. Trainers and modules filled.
  virtual Result<domain::Course> get(int64_t id) = 0;
  // Overwrites the course (trainers and modules replaced) when its version is
  // `c.version - 1`; Conflict otherwise or for a taken code.
  virtual Status update(const domain::Course& c) = 0;
  // Courses matching `filter`, newest start first; the total ignores offset and limit.
  virtual Result<domain::CoursePage> list(const domain::CourseFilter& filter) = 0;

  // Conflict when the officer is already enrolled (whatever the status).
  virtual Status insert_enrolment(const domain::Enrolment& e) = 0;
  virtual Result<std::optional<domain::Enrolment>> find_enrolment(int64_t course_id, int64_t officer_id) = 0;
  // Overwrites status, updated_at, completed_at and outcome_reasons; NotFound when absent.
  virtual Status update_enrolment(const domain::Enrolment& e) = 0;
  // Participants of the course whose officer's unit is in `scope`, by officer name then id.
  virtual Result<std::vector<domain::Participant>> participants(int64_t course_id, const CaseScope& scope) = 0;
  // How many participants are not withdrawn (what capacity counts).
  virtual Result<int64_t> count_active(int64_t course_id) = 0;
  // The officer's enrolments, newest course start first.
  virtual Result<std::vector<domain::Enrolment>> enrolments_of(int64_t officer_id) = 0;

  // Inserts or replaces the mark of (course, officer, day).
  virtual Status put_attendance(const domain::AttendanceMark& m) = 0;
  // Every mark of the course (of one officer, when given), by officer then day.
  virtual Result<std::vector<domain::AttendanceMark>> attendance(int64_t course_id,
                                                                 std::optional<int64_t> officer_id) = 0;
};

// Certificates for completed participants.
class TrainingCertificateRepo {
 public:
  virtual ~TrainingCertificateRepo() = default;
  // Conflict when the code is taken or the officer already has one for the course.
  virtual Result<int64_t> insert(const domain::Certificate& c) = 0;
  virtual Result<std::optional<domain::Certificate>> find_by_code(const std::string& code) = 0;
  virtual Result<std::optional<domain::Certificate>> find(int64_t course_id, int64_t officer_id) = 0;
  // The certificates of a course (by id) or of an officer (newest first).
  virtual Result<std::vector<domain::Certificate>> of_course(int64_t course_id) = 0;
  virtual Result<std::vector<domain::Certificate>> of_officer(int64_t officer_id) = 0;
  // Records revoked_at, revoked_by and revoke_reason; NotFound when absent.
  virtual Status revoke(const domain::Certificate& c) = 0;
};

// A participant's test scores (0–100) as the course and completion need them.
struct ParticipantScores {
  std::optional<double> pre;
  std::optional<double> post;
};

// THE COMPLETION HOOK (docs/training.md, "Completion"). Course completion and
// the participant lists ask this repository for test scores. The core part
// (migration 0015) has no tests, so its SQLite implementation
// (sqlite/training_score_repo.cpp) answers "no post-test" and no scores; the
// tests part (migration 0016) replaces that file's bodies with queries on its
// tables. Scores are of the participant's submitted (not void) attempt.
class TrainingScoreRepo {
 public:
  virtual ~TrainingScoreRepo() = default;
  // True when the course has a post-test (in any status but draft).
  virtual Result<bool> has_post_test(int64_t course_id) = 0;
  // The officer's pre- and post-test scores on the course (nullopt: none).
  virtual Result<ParticipantScores> scores(int64_t course_id, int64_t officer_id) = 0;
  // The post-test score alone, what completion compares with pass_mark.
  virtual Result<std::optional<double>> post_test_score(int64_t course_id, int64_t officer_id) = 0;
};

}  // namespace frontline::store
