// Helpers shared by the training service's files (training_service.hpp);
// private to service/.
#pragma once

#include <string>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"
#include "service/training_service.hpp"
#include "store/audit_append.hpp"

namespace frontline::service::training_detail {

// Trainers, admins, HQ analysts and the system see every participant and
// officer; everyone else (commanders) their units' subtree.
bool sees_all_participants(const Principal& who);
store::CaseScope participant_scope(const Principal& who);
bool in_scope(const Principal& who, const std::string& unit_path);

// Records in `bad` under `field` when `value` is blank (min 1) or longer than `max` code points.
void check_text(const std::string& value, const std::string& field, size_t min, size_t max, FieldErrors& bad);
// A "YYYY-MM-DD" calendar date, required.
void check_date(const std::string& value, const std::string& field, FieldErrors& bad);

// Appends a "training.*" (or other) audit entry in `tx`.
Status audit(store::Transaction& tx, const Principal& who, const Clock& clock, const std::string& action,
             const std::string& record_type, const std::string& record_id,
             const nlohmann::json& detail = nlohmann::json::object());

// The attendance share of `days_present` over `course_days`, one decimal (0 for no days).
double attendance_pct(int64_t days_present, int64_t course_days);

// Fills a ParticipantView's attendance, scores and certificate.
Result<ParticipantView> participant_view(store::Transaction& tx, const domain::Course& course,
                                         domain::Participant p);

}  // namespace frontline::service::training_detail

namespace frontline::service::training_detail {

// Normalizes, checks and stores a new officer in `tx` (also used by
// enrolment); `prefix` names the fields in errors ("officer." inside an
// enrolment). Audited "training.officer.create".
Result<domain::TrainingOfficer> insert_officer(store::Transaction& tx, const Principal& who, const Clock& clock,
                                               const OfficerDraft& draft, const std::string& prefix);

}  // namespace frontline::service::training_detail
