// Helpers shared by the training service (training_internal.hpp).
#include <cmath>

#include "service/training_internal.hpp"
#include "util/text.hpp"

namespace frontline::service::training_detail {

bool sees_all_participants(const Principal& who) {
  return who.is_system() || who.can(domain::Permission::kTrainingManage) || domain::sees_all_units(who.roles);
}

store::CaseScope participant_scope(const Principal& who) {
  store::CaseScope scope;
  if (!sees_all_participants(who)) {
    scope.unit_path_prefix = who.unit_path;
  }
  return scope;
}

bool in_scope(const Principal& who, const std::string& unit_path) {
  return sees_all_participants(who) || unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

void check_text(const std::string& value, const std::string& field, size_t min, size_t max, FieldErrors& bad) {
  if (min > 0 && text::is_blank(value)) {
    bad[field] = "must not be blank";
  } else if (text::code_points(value) > max) {
    bad[field] = "must be at most " + std::to_string(max) + " characters";
  }
}

void check_date(const std::string& value, const std::string& field, FieldErrors& bad) {
  if (!is_valid_date(value)) {
    bad[field] = "must be a date as YYYY-MM-DD";
  }
}

Status audit(store::Transaction& tx, const Principal& who, const Clock& clock, const std::string& action,
             const std::string& record_type, const std::string& record_id, const nlohmann::json& detail) {
  return store::append_audit(tx, audit_entry(who, clock, action, record_type, record_id, audit::Outcome::kOk, detail));
}

double attendance_pct(int64_t days_present, int64_t course_days) {
  if (course_days <= 0) return 0;
  return std::round(1000.0 * static_cast<double>(days_present) / static_cast<double>(course_days)) / 10.0;
}

Result<ParticipantView> participant_view(store::Transaction& tx, const domain::Course& course,
                                         domain::Participant p) {
  ParticipantView v;
  const int64_t officer_id = p.officer.id;
  v.participant = std::move(p);
  FL_ASSIGN_OR_RETURN(v.attendance, tx.training_courses().attendance(course.id, officer_id));
  v.course_days = static_cast<int64_t>(domain::course_days(course.start_date, course.end_date).size());
  for (const auto& m : v.attendance) {
    if (m.present) ++v.days_present;
  }
  v.attendance_pct = attendance_pct(v.days_present, v.course_days);
  FL_ASSIGN_OR_RETURN(v.scores, tx.training_scores().scores(course.id, officer_id));
  if (v.scores.pre && v.scores.post) {
    v.gain = *v.scores.post - *v.scores.pre;
  }
  FL_ASSIGN_OR_RETURN(v.certificate, tx.training_certificates().find(course.id, officer_id));
  return v;
}

}  // namespace frontline::service::training_detail
