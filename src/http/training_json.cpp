#include "http/training_json.hpp"

#include "domain/training_vocab.hpp"

namespace frontline::http {

using nlohmann::json;

namespace {

json optional_id(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json optional_time(const std::optional<TimePoint>& t) { return t ? json(format_utc(*t)) : json(nullptr); }

json entries_json(const std::vector<domain::VocabEntry>& entries) {
  json out = json::array();
  for (const auto& e : entries) out.push_back({{"code", e.code}, {"vi", e.vi}, {"en", e.en}});
  return out;
}

json scores_json(const store::ParticipantScores& s) {
  json gain = s.pre && s.post ? json(*s.post - *s.pre) : json(nullptr);
  return {{"pre", optional_number(s.pre)}, {"post", optional_number(s.post)}, {"gain", gain}};
}

}  // namespace

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json localized_json(const domain::LocalizedText& t) { return {{"vi", t.vi}, {"en", t.en}}; }

json module_version_json(const domain::ModuleVersion& v) {
  json objectives = json::array();
  for (const auto& o : v.objectives) objectives.push_back(localized_json(o));
  json citations = json::array();
  for (const auto& c : v.citations) citations.push_back({{"kind", c.kind}, {"ref", c.ref}, {"title", c.title}});
  return {{"id", v.id},
          {"module_id", v.module_id},
          {"module_code", v.module_code},
          {"version", v.version},
          {"title_vi", v.title_vi},
          {"title_en", v.title_en},
          {"content_vi", v.content_vi},
          {"content_en", v.content_en},
          {"objectives", objectives},
          {"citations", citations},
          {"effective_date", v.effective_date},
          {"change_note", v.version > 1 ? localized_json(v.change_note) : json(nullptr)},
          {"created_by", v.created_by},
          {"created_at", format_utc(v.created_at)}};
}

json module_json(const service::ModuleView& m) {
  json versions = json::array();
  for (const auto& v : m.versions) versions.push_back(module_version_json(v));
  return {{"id", m.module.id},
          {"code", m.module.code},
          {"position", m.module.position},
          {"created_at", format_utc(m.module.created_at)},
          {"current", m.versions.empty() ? json(nullptr) : versions[0]},
          {"versions", versions}};
}

json receipt_json(const domain::EditionReceipt& r) {
  return {{"id", r.id},           {"edition_id", r.edition_id}, {"edition_code", r.edition_code},
          {"unit_id", r.unit_id}, {"unit_code", r.unit_code},   {"received_on", r.received_on},
          {"copies", r.copies},   {"medium", r.medium},         {"note", r.note},
          {"recorded_at", format_utc(r.recorded_at)}};
}

json edition_json(const service::EditionView& e) {
  json versions = json::array();
  for (const auto& v : e.versions) {
    versions.push_back({{"id", v.id},
                        {"module_id", v.module_id},
                        {"module_code", v.module_code},
                        {"version", v.version},
                        {"title_vi", v.title_vi},
                        {"title_en", v.title_en},
                        {"effective_date", v.effective_date}});
  }
  json changes = json::array();
  for (const auto& c : e.changes) {
    json notes = json::array();
    for (const auto& [version, note] : c.change_notes) {
      notes.push_back({{"version", version}, {"vi", note.vi}, {"en", note.en}});
    }
    changes.push_back({{"module_id", c.module_id},
                       {"module_code", c.module_code},
                       {"change", c.change},
                       {"from_version", optional_id(c.from_version)},
                       {"to_version", optional_id(c.to_version)},
                       {"change_notes", notes}});
  }
  json receipts = json::array();
  for (const auto& r : e.receipts) receipts.push_back(receipt_json(r));
  return {{"id", e.edition.id},
          {"code", e.edition.code},
          {"title", e.edition.title},
          {"effective_date", e.edition.effective_date},
          {"note", e.edition.note},
          {"module_version_ids", e.edition.module_version_ids},
          {"modules", versions},
          {"previous_code", e.previous_code ? json(*e.previous_code) : json(nullptr)},
          {"changes", changes},
          {"receipts", receipts},
          {"created_at", format_utc(e.edition.created_at)}};
}

json officer_json(const domain::TrainingOfficer& o) {
  return {{"id", o.id},
          {"full_name", o.full_name},
          {"service_number", o.service_number},
          {"unit_id", o.unit_id},
          {"unit_code", o.unit_code},
          {"rank", o.rank},
          {"sex", o.sex},
          {"position", o.position},
          {"user_id", optional_id(o.user_id)},
          {"created_at", format_utc(o.created_at)},
          {"updated_at", format_utc(o.updated_at)},
          {"version", o.version}};
}

json course_summary_json(const domain::Course& c) {
  json trainers = json::array();
  for (const auto& t : c.trainers) trainers.push_back({{"user_id", optional_id(t.user_id)}, {"name", t.name}});
  return {{"id", c.id},
          {"code", c.code},
          {"title_vi", c.title_vi},
          {"title_en", c.title_en},
          {"province_code", c.province_code},
          {"venue", c.venue},
          {"start_date", c.start_date},
          {"end_date", c.end_date},
          {"days", domain::course_days(c.start_date, c.end_date)},
          {"capacity", c.capacity},
          {"min_attendance_pct", c.min_attendance_pct},
          {"pass_mark", c.pass_mark},
          {"trainers", trainers},
          {"module_version_ids", c.module_version_ids},
          {"status", c.status},
          {"completed_at", optional_time(c.completed_at)},
          {"created_at", format_utc(c.created_at)},
          {"updated_at", format_utc(c.updated_at)},
          {"version", c.version}};
}

json course_json(const service::CourseView& c) {
  json out = course_summary_json(c.course);
  json modules = json::array();
  for (const auto& v : c.modules) {
    modules.push_back({{"id", v.id},
                       {"module_id", v.module_id},
                       {"module_code", v.module_code},
                       {"version", v.version},
                       {"title_vi", v.title_vi},
                       {"title_en", v.title_en}});
  }
  out["modules"] = modules;
  out["participants"] = c.participants;
  return out;
}

json attendance_json(const std::vector<domain::AttendanceMark>& marks) {
  json out = json::array();
  for (const auto& m : marks) out.push_back({{"officer_id", m.officer_id}, {"day", m.day}, {"present", m.present}});
  return out;
}

json certificate_json(const domain::Certificate& c) {
  return {{"code", c.code},
          {"course_id", c.course_id},
          {"officer_id", c.officer_id},
          {"issued_at", format_utc(c.issued_at)},
          {"revoked_at", optional_time(c.revoked_at)},
          {"revoke_reason", c.revoked_at ? json(c.revoke_reason) : json(nullptr)}};
}

json participant_json(const service::ParticipantView& p) {
  const auto& e = p.participant.enrolment;
  json days = json::object();
  for (const auto& m : p.attendance) days[m.day] = m.present;
  json scores = scores_json(p.scores);
  return {{"officer", officer_json(p.participant.officer)},
          {"status", e.status},
          {"enrolled_at", format_utc(e.enrolled_at)},
          {"completed_at", optional_time(e.completed_at)},
          {"outcome_reasons", e.outcome_reasons},
          {"attendance", {{"days", days},
                          {"present", p.days_present},
                          {"course_days", p.course_days},
                          {"pct", p.attendance_pct}}},
          {"pre_score", scores["pre"]},
          {"post_score", scores["post"]},
          {"gain", scores["gain"]},
          {"certificate_code", p.certificate ? json(p.certificate->code) : json(nullptr)}};
}

json completion_json(const service::CompletionResult& r) {
  json participants = json::array();
  for (const auto& p : r.participants) {
    participants.push_back({{"officer", officer_json(p.officer)},
                            {"status", p.status},
                            {"reasons", p.reasons},
                            {"attendance_pct", p.attendance_pct},
                            {"post_score", optional_number(p.post_score)},
                            {"certificate_code", p.certificate_code ? json(*p.certificate_code) : json(nullptr)}});
  }
  return {{"course", course_summary_json(r.course)}, {"has_post_test", r.has_post_test},
          {"participants", participants}};
}

json certificate_check_json(const service::CertificateCheck& c) {
  json out = {{"code", c.certificate.code},
              {"valid", !c.certificate.revoked_at.has_value()},
              {"holder", c.holder.full_name},
              {"unit", c.unit.name},
              {"course_code", c.course.code},
              {"course_title_vi", c.course.title_vi},
              {"course_title_en", c.course.title_en},
              {"start_date", c.course.start_date},
              {"end_date", c.course.end_date},
              {"issued_at", format_utc(c.certificate.issued_at)}};
  if (c.certificate.revoked_at) out["revoked_at"] = format_utc(*c.certificate.revoked_at);
  return out;
}

json vocab_json() {
  json sections = json::array();
  for (const auto& s : domain::assessment_sections()) {
    sections.push_back({{"code", s.label.code}, {"vi", s.label.vi}, {"en", s.label.en}, {"themes", s.themes}});
  }
  return {{"ranks", entries_json(domain::training_ranks())},
          {"sexes", entries_json(domain::training_sexes())},
          {"sections", sections},
          {"themes", entries_json(domain::assessment_themes())},
          {"course_statuses", json::array({"planned", "in_progress", "completed", "cancelled"})},
          {"participant_statuses", json::array({"enrolled", "withdrawn", "completed", "not_completed"})},
          {"citation_kinds", json::array({"law", "decree", "case", "guidance"})}};
}

json my_training_json(const service::MyTraining& mine) {
  json courses = json::array();
  for (const auto& c : mine.courses) {
    json days = json::object();
    for (const auto& m : c.attendance) days[m.day] = m.present;
    courses.push_back({{"course", course_summary_json(c.course)},
                       {"status", c.enrolment.status},
                       {"outcome_reasons", c.enrolment.outcome_reasons},
                       {"attendance", {{"days", days},
                                       {"present", c.days_present},
                                       {"course_days", c.course_days}}},
                       {"scores", scores_json(c.scores)},
                       {"certificate", c.certificate ? certificate_json(*c.certificate) : json(nullptr)}});
  }
  json certificates = json::array();
  for (const auto& c : mine.certificates) certificates.push_back(certificate_json(c));
  return {{"officer", mine.officer ? officer_json(*mine.officer) : json(nullptr)},
          {"courses", courses},
          {"certificates", certificates},
          {"tests", json::array()}};
}

}  // namespace frontline::http
