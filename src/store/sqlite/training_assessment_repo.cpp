// End-of-training assessments in SQLite (migration 0017). The sections are
// one JSON document per row; officer name and unit come from migration 0015's
// training_officers.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_report_repos.hpp"
#include "training/vocab.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kSelect =
    "SELECT a.id, a.course_id, a.officer_id, a.group_name, a.group_size, a.answers, a.created_by, a.created_at, "
    "COALESCE(o.full_name, ''), COALESCE(u.code, ''), c.code, c.province_code "
    "FROM training_assessments a JOIN training_courses c ON c.id = a.course_id "
    "LEFT JOIN training_officers o ON o.id = a.officer_id LEFT JOIN units u ON u.id = o.unit_id";

// The scope condition of both reads: a participant's answer when their unit
// is under the prefix; a group's when the course has a participant there.
constexpr const char* kScoped =
    " AND ((a.officer_id IS NOT NULL AND u.path >= ? AND u.path < ?) OR (a.officer_id IS NULL AND EXISTS ("
    "SELECT 1 FROM training_enrolments e JOIN training_officers eo ON eo.id = e.officer_id "
    "JOIN units eu ON eu.id = eo.unit_id WHERE e.course_id = a.course_id AND e.status <> 'withdrawn' "
    "AND eu.path >= ? AND eu.path < ?)))";

std::string answers_json(const domain::TrainingAssessment& a) {
  json doc = json::object();
  for (auto s : training::all_sections()) {
    const auto& answer = a.answer(s);
    doc[std::string(training::section_name(s))] = {{"themes", answer.themes}, {"text", answer.text}};
  }
  return doc.dump();
}

Status read_answers(const std::string& text, domain::TrainingAssessment& a) {
  const std::string what = "assessment " + std::to_string(a.id) + " has malformed answers";
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object()) {
    return Error::corruption(what);
  }
  for (auto s : training::all_sections()) {
    auto it = doc.find(std::string(training::section_name(s)));
    if (it == doc.end()) {
      continue;
    }
    if (!it->is_object() || !it->value("text", json("")).is_string()) {
      return Error::corruption(what);
    }
    FL_ASSIGN_OR_RETURN(a.answer(s).themes, stored_strings(it->value("themes", json::array()).dump(), what));
    a.answer(s).text = it->value("text", "");
  }
  return {};
}

Result<AssessmentOfCourse> read_row(const Stmt& q) {
  AssessmentOfCourse out;
  auto& a = out.assessment;
  a.id = q.int64(0);
  a.course_id = q.int64(1);
  a.officer_id = q.optional_int64(2);
  a.group_name = q.text(3);
  a.group_size = q.int64(4);
  FL_TRY(read_answers(q.text(5), a));
  a.created_by = q.int64(6);
  FL_ASSIGN_OR_RETURN(a.created_at, stored_time(q.text(7)));
  a.officer_name = q.text(8);
  a.unit_code = q.text(9);
  out.course_code = q.text(10);
  out.course_province = q.text(11);
  return out;
}

void bind_scope(Stmt& q, int& i, const std::string& prefix) {
  const std::string end = prefix + "\x7f";
  for (const std::string* value : {&prefix, &end, &prefix, &end}) {
    q.bind(++i, *value);
  }
}

}  // namespace

Result<int64_t> SqliteTrainingAssessmentRepo::insert(const domain::TrainingAssessment& a) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_assessments(course_id, officer_id, group_name, "
                                         "group_size, answers, created_by, created_at) VALUES (?,?,?,?,?,?,?)"));
  q.bind(1, a.course_id).bind_or_null(2, a.officer_id).bind(3, a.is_group() ? a.group_name : std::string());
  q.bind(4, a.is_group() ? a.group_size : int64_t{0}).bind(5, answers_json(a)).bind(6, a.created_by);
  q.bind(7, format_utc(a.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<std::vector<domain::TrainingAssessment>> SqliteTrainingAssessmentRepo::of_course(
    int64_t course_id, const std::optional<std::string>& unit_path_prefix) {
  std::string sql = std::string(kSelect) + " WHERE a.course_id = ?";
  if (unit_path_prefix) {
    sql += kScoped;
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql + " ORDER BY a.id"));
  int i = 0;
  q.bind(++i, course_id);
  if (unit_path_prefix) {
    bind_scope(q, i, *unit_path_prefix);
  }
  FL_ASSIGN_OR_RETURN(auto rows, collect_rows<AssessmentOfCourse>(q, read_row));
  std::vector<domain::TrainingAssessment> out;
  for (auto& r : rows) {
    out.push_back(std::move(r.assessment));
  }
  return out;
}

Result<std::vector<AssessmentOfCourse>> SqliteTrainingAssessmentRepo::matching(const TrainingReportQuery& query) {
  std::string sql = std::string(kSelect) + " WHERE c.status <> 'cancelled'";
  if (query.year) {
    sql += " AND substr(c.end_date, 1, 4) = ?";
  }
  if (!query.course_province.empty()) {
    sql += " AND c.province_code = ?";
  }
  if (query.unit_path_prefix) {
    sql += kScoped;
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql + " ORDER BY a.id"));
  int i = 0;
  if (query.year) {
    q.bind(++i, std::to_string(*query.year));
  }
  if (!query.course_province.empty()) {
    q.bind(++i, query.course_province);
  }
  if (query.unit_path_prefix) {
    bind_scope(q, i, *query.unit_path_prefix);
  }
  return collect_rows<AssessmentOfCourse>(q, read_row);
}

}  // namespace frontline::store::sqlite
