// The training programme (docs/training.md): curriculum (modules, versions,
// editions, receipts), officers, courses, participants, attendance,
// completion and certificates.
//
// Permissions and scope: every change needs kTrainingManage; reading courses,
// officers and the curriculum needs kTrainingRead. Trainers, admins and HQ
// analysts see every participant; other readers (commanders) see the
// participants and officers of their units' subtree only, and their reads of
// participants are audited as "training.results.read". Every change is
// audited ("training.*"; never names). Each call is one transaction: a
// refused request saves nothing.
//
// Validation names every bad field at once (InvalidArgument with fields);
// conflicts with stored state are Conflict (an enrolment over capacity names
// "capacity").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/training.hpp"
#include "domain/training_course.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

inline constexpr int64_t kMaxTrainingPage = 200;
inline constexpr int kMaxCourseDays = 60;

struct ModuleVersionDraft {
  std::string title_vi;
  std::string title_en;
  std::string content_vi;
  std::string content_en;
  std::vector<domain::LocalizedText> objectives;
  std::vector<domain::Citation> citations;
  std::string effective_date;
  domain::LocalizedText change_note;  // required from version 2 on
};

struct ModuleDraft {
  std::string code;
  std::optional<int64_t> position;  // default: after the last module
  ModuleVersionDraft first;
};

struct ModuleView {
  domain::TrainingModule module;
  std::vector<domain::ModuleVersion> versions;  // newest first (lists: the latest only)
};

struct EditionDraft {
  std::string code;
  std::string title;
  std::string effective_date;
  std::string note;
  std::vector<int64_t> module_version_ids;
};

// How a module stands in an edition against the previous edition.
struct EditionChange {
  int64_t module_id = 0;
  std::string module_code;
  std::string change;  // "added" | "revised" | "unchanged" | "removed"
  std::optional<int64_t> from_version;
  std::optional<int64_t> to_version;
  std::vector<std::pair<int64_t, domain::LocalizedText>> change_notes;  // (version, note) of revisions in between
};

struct EditionView {
  domain::Edition edition;
  std::vector<domain::ModuleVersion> versions;  // its module versions, by module code
  std::optional<std::string> previous_code;
  std::vector<EditionChange> changes;
  std::vector<domain::EditionReceipt> receipts;
};

struct ReceiptDraft {
  int64_t unit_id = 0;
  std::string received_on;
  int64_t copies = 0;
  std::string medium = "print";
  std::string note;
};

// A border post or gate with the newest edition it recorded.
struct UnitReceipt {
  domain::UnitInfo unit;
  std::optional<domain::EditionReceipt> latest;
};

struct OfficerDraft {
  std::string full_name;
  std::string service_number;
  int64_t unit_id = 0;
  std::string rank;
  std::string sex;
  std::string position;
  std::optional<int64_t> user_id;
};

struct OfficerPatch {
  std::optional<std::string> full_name;
  std::optional<std::string> service_number;
  std::optional<int64_t> unit_id;
  std::optional<std::string> rank;
  std::optional<std::string> sex;
  std::optional<std::string> position;
  std::optional<std::optional<int64_t>> user_id;  // set to nullopt inside: unlink
  std::optional<int64_t> expected_version;
};

struct CourseDraft {
  std::string code;
  std::string title_vi;
  std::string title_en;
  std::string province_code;
  std::string venue;
  std::string start_date;
  std::string end_date;
  int64_t capacity = 0;
  int64_t min_attendance_pct = 80;
  int64_t pass_mark = 50;
  std::vector<domain::CourseTrainer> trainers;
  std::vector<int64_t> module_version_ids;
};

struct CoursePatch {
  std::optional<std::string> code;
  std::optional<std::string> title_vi;
  std::optional<std::string> title_en;
  std::optional<std::string> province_code;
  std::optional<std::string> venue;
  std::optional<std::string> start_date;
  std::optional<std::string> end_date;
  std::optional<int64_t> capacity;
  std::optional<int64_t> min_attendance_pct;
  std::optional<int64_t> pass_mark;
  std::optional<std::vector<domain::CourseTrainer>> trainers;
  std::optional<std::vector<int64_t>> module_version_ids;
  std::optional<std::string> status;
  int64_t expected_version = 0;
};

struct CourseView {
  domain::Course course;
  int64_t participants = 0;  // not withdrawn
  std::vector<domain::ModuleVersion> modules;  // the versions taught, in order
};

// Whom to enrol: an officer, an account (officer record made from it), or a new officer.
struct EnrolRequest {
  std::optional<int64_t> officer_id;
  std::optional<int64_t> user_id;
  std::string rank;  // with user_id
  std::string sex;   // with user_id
  std::optional<OfficerDraft> officer;
};

struct ParticipantView {
  domain::Participant participant;
  std::vector<domain::AttendanceMark> attendance;
  int64_t days_present = 0;
  int64_t course_days = 0;
  double attendance_pct = 0;  // of the course days, one decimal
  store::ParticipantScores scores;
  std::optional<double> gain;  // post - pre when both exist
  std::optional<domain::Certificate> certificate;
};

struct AttendanceSheet {
  std::vector<int64_t> present;
  std::vector<int64_t> absent;
};

struct CompletionOutcome {
  domain::TrainingOfficer officer;
  std::string status;  // completed | not_completed | withdrawn
  std::vector<std::string> reasons;
  double attendance_pct = 0;
  std::optional<double> post_score;
  std::optional<std::string> certificate_code;
};

struct CompletionResult {
  domain::Course course;
  bool has_post_test = false;
  std::vector<CompletionOutcome> participants;
};

// What GET /certificates/{code} confirms (no sign-in).
struct CertificateCheck {
  domain::Certificate certificate;
  domain::TrainingOfficer holder;
  domain::UnitInfo unit;  // the holder's
  domain::Course course;
};

// The caller's own training (GET /me/training).
struct MyCourse {
  domain::Course course;
  domain::Enrolment enrolment;
  std::vector<domain::AttendanceMark> attendance;
  int64_t days_present = 0;
  int64_t course_days = 0;
  store::ParticipantScores scores;
  std::optional<domain::Certificate> certificate;
};

struct MyTraining {
  std::optional<domain::TrainingOfficer> officer;  // none: the account has no officer record
  std::vector<MyCourse> courses;
  std::vector<domain::Certificate> certificates;
};

class TrainingService {
 public:
  TrainingService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Every bad field of a draft that can be told without the store (module
  // drafts) or with a read of it (course drafts), so a handler whose strict
  // JSON reading already failed can still name every bad field at once.
  static std::map<std::string, std::string> module_draft_errors(const ModuleDraft& draft);
  static std::map<std::string, std::string> version_draft_errors(const ModuleVersionDraft& draft);
  static std::map<std::string, std::string> officer_draft_errors(const OfficerDraft& draft);  // not unit, user
  Result<std::map<std::string, std::string>> course_draft_errors(const Principal& who, const CourseDraft& draft);

  // Curriculum (training_curriculum.cpp).
  Result<std::vector<ModuleView>> list_modules(const Principal& who);
  Result<ModuleView> create_module(const Principal& who, const ModuleDraft& draft);
  Result<ModuleView> get_module(const Principal& who, int64_t id);
  Result<domain::ModuleVersion> add_version(const Principal& who, int64_t module_id, const ModuleVersionDraft& draft);
  Result<std::vector<EditionView>> list_editions(const Principal& who);
  Result<EditionView> create_edition(const Principal& who, const EditionDraft& draft);
  Result<EditionView> get_edition(const Principal& who, int64_t id);
  Result<domain::EditionReceipt> add_receipt(const Principal& who, int64_t edition_id, const ReceiptDraft& draft);
  // Every border post and gate (of the caller's units for commanders) with
  // its newest receipt (of `edition_id` only, when given).
  Result<std::vector<UnitReceipt>> receipts(const Principal& who, std::optional<int64_t> edition_id);

  // Officers (training_officers.cpp).
  Result<domain::OfficerPage> list_officers(const Principal& who, const domain::OfficerFilter& filter);
  Result<domain::TrainingOfficer> create_officer(const Principal& who, const OfficerDraft& draft);
  Result<domain::TrainingOfficer> get_officer(const Principal& who, int64_t id);
  Result<domain::TrainingOfficer> update_officer(const Principal& who, int64_t id, const OfficerPatch& patch);

  // Courses (training_courses.cpp).
  Result<std::vector<CourseView>> list_courses(const Principal& who, const domain::CourseFilter& filter,
                                               int64_t* total);
  Result<CourseView> create_course(const Principal& who, const CourseDraft& draft);
  Result<CourseView> get_course(const Principal& who, int64_t id);
  Result<CourseView> update_course(const Principal& who, int64_t id, const CoursePatch& patch);

  // Participants and attendance (training_participants.cpp).
  Result<std::vector<ParticipantView>> participants(const Principal& who, int64_t course_id);
  Result<ParticipantView> enrol(const Principal& who, int64_t course_id, const EnrolRequest& request);
  // All or nothing: every officer id checked before any is enrolled.
  Result<std::vector<ParticipantView>> enrol_bulk(const Principal& who, int64_t course_id,
                                                  const std::vector<int64_t>& officer_ids);
  Result<ParticipantView> set_participant_status(const Principal& who, int64_t course_id, int64_t officer_id,
                                                 const std::string& status);
  Result<std::vector<domain::AttendanceMark>> record_attendance(const Principal& who, int64_t course_id,
                                                                const std::string& day, const AttendanceSheet& sheet);

  // Completion and certificates (training_completion.cpp).
  Result<CompletionResult> complete(const Principal& who, int64_t course_id);
  // No sign-in: NotFound for an unknown code. Audited "certificate.verify".
  Result<CertificateCheck> verify_certificate(const std::string& code, const std::string& remote);
  // The holder, trainers/admins/analysts, commanders of the holder's units.
  Result<CertificateCheck> certificate_for_pdf(const Principal& who, const std::string& code);
  Result<CertificateCheck> revoke_certificate(const Principal& who, const std::string& code,
                                              const std::string& reason);

  // The caller's own record, courses and certificates (training_me.cpp).
  Result<MyTraining> my_training(const Principal& who);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace frontline::service
