// The training reports' reads in SQLite: participants with their officer's
// unit, sex and rank (migration 0015's courses, enrolments and officers), in
// one statement.
#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_report_repos.hpp"

namespace frontline::store::sqlite {

Result<std::vector<ReportEnrolment>> SqliteTrainingReportRepo::enrolments(const TrainingReportQuery& query) {
  std::string sql =
      "SELECT e.officer_id, o.unit_id, o.sex, o.rank, e.course_id, e.status = 'completed' "
      "FROM training_enrolments e JOIN training_courses c ON c.id = e.course_id "
      "JOIN training_officers o ON o.id = e.officer_id JOIN units u ON u.id = o.unit_id "
      "WHERE e.status <> 'withdrawn' AND c.status <> 'cancelled'";
  std::vector<std::string> params;
  if (query.year) {
    sql += " AND substr(c.end_date, 1, 4) = ?";
    params.push_back(std::to_string(*query.year));
  }
  if (!query.course_province.empty()) {
    sql += " AND c.province_code = ?";
    params.push_back(query.course_province);
  }
  if (!query.unit_province.empty()) {
    sql += " AND u.province_code = ?";
    params.push_back(query.unit_province);
  }
  if (query.unit_path_prefix) {
    sql += " AND u.path >= ? AND u.path < ?";
    params.push_back(*query.unit_path_prefix);
    params.push_back(*query.unit_path_prefix + "\x7f");
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql + " ORDER BY e.course_id, e.officer_id"));
  for (size_t i = 0; i < params.size(); ++i) {
    q.bind(static_cast<int>(i + 1), params[i]);
  }
  return collect_rows<ReportEnrolment>(q, [](const Stmt& s) {
    return ReportEnrolment{s.int64(0), s.int64(1), s.text(2), s.text(3), s.int64(4), s.int64(5) != 0};
  });
}

Result<std::vector<ReportCourseRow>> SqliteTrainingReportRepo::courses(const std::vector<int64_t>& ids) {
  std::vector<ReportCourseRow> out;
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT id, code, title_vi, title_en, province_code, start_date, end_date "
                                         "FROM training_courses WHERE id = ?"));
  for (int64_t id : ids) {
    q.bind(1, id);
    FL_ASSIGN_OR_RETURN(auto rows, collect_rows<ReportCourseRow>(q, [](const Stmt& s) {
      return ReportCourseRow{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
    }));
    for (auto& r : rows) {
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace frontline::store::sqlite
