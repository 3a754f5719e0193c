// Training courses in SQLite (migration 0015): the course row with its
// trainers and modules taught (replaced together on update), enrolments and
// attendance marks per day.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kCourseSelect =
    "SELECT c.id, c.code, c.title_vi, c.title_en, c.province_code, c.venue, c.start_date, c.end_date, c.capacity, "
    "c.min_attendance_pct, c.pass_mark, c.status, c.completed_at, c.created_by, c.created_at, c.updated_at, "
    "c.version FROM training_courses c";

constexpr const char* kEnrolmentColumns =
    "e.course_id, e.officer_id, e.status, e.enrolled_by, e.enrolled_at, e.updated_at, e.completed_at, "
    "e.outcome_reasons";

Result<std::optional<TimePoint>> optional_time(const Stmt& q, int col) {
  if (q.is_null(col)) return std::optional<TimePoint>();
  FL_ASSIGN_OR_RETURN(TimePoint t, stored_time(q.text(col)));
  return std::optional<TimePoint>(t);
}

Result<domain::Course> read_course(const Stmt& q) {
  domain::Course c;
  c.id = q.int64(0);
  c.code = q.text(1);
  c.title_vi = q.text(2);
  c.title_en = q.text(3);
  c.province_code = q.text(4);
  c.venue = q.text(5);
  c.start_date = q.text(6);
  c.end_date = q.text(7);
  c.capacity = q.int64(8);
  c.min_attendance_pct = q.int64(9);
  c.pass_mark = q.int64(10);
  c.status = q.text(11);
  FL_ASSIGN_OR_RETURN(c.completed_at, optional_time(q, 12));
  c.created_by = q.int64(13);
  FL_ASSIGN_OR_RETURN(c.created_at, stored_time(q.text(14)));
  FL_ASSIGN_OR_RETURN(c.updated_at, stored_time(q.text(15)));
  c.version = q.int64(16);
  return c;
}

// Reads kEnrolmentColumns starting at column `at`.
Result<domain::Enrolment> read_enrolment(const Stmt& q, int at = 0) {
  domain::Enrolment e;
  e.course_id = q.int64(at);
  e.officer_id = q.int64(at + 1);
  e.status = q.text(at + 2);
  e.enrolled_by = q.int64(at + 3);
  FL_ASSIGN_OR_RETURN(e.enrolled_at, stored_time(q.text(at + 4)));
  FL_ASSIGN_OR_RETURN(e.updated_at, stored_time(q.text(at + 5)));
  FL_ASSIGN_OR_RETURN(e.completed_at, optional_time(q, at + 6));
  FL_ASSIGN_OR_RETURN(e.outcome_reasons, stored_strings(q.text(at + 7), "enrolment has malformed outcome reasons"));
  return e;
}

std::optional<std::string> optional_utc(const std::optional<TimePoint>& t) {
  if (!t) return std::nullopt;
  return format_utc(*t);
}

}  // namespace

Status SqliteTrainingCourseRepo::write_children(const domain::Course& c) {
  FL_ASSIGN_OR_RETURN(Stmt dt, c_.prepare("DELETE FROM training_course_trainers WHERE course_id=?"));
  FL_TRY(dt.bind(1, c.id).run());
  FL_ASSIGN_OR_RETURN(Stmt dm, c_.prepare("DELETE FROM training_course_modules WHERE course_id=?"));
  FL_TRY(dm.bind(1, c.id).run());
  for (size_t i = 0; i < c.trainers.size(); ++i) {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_course_trainers(course_id, position, user_id, name) "
                                           "VALUES (?,?,?,?)"));
    q.bind(1, c.id).bind(2, static_cast<int64_t>(i)).bind_or_null(3, c.trainers[i].user_id).bind(4, c.trainers[i].name);
    FL_TRY(q.run());
  }
  for (size_t i = 0; i < c.module_version_ids.size(); ++i) {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_course_modules(course_id, module_version_id, "
                                           "position) VALUES (?,?,?)"));
    q.bind_all(c.id, c.module_version_ids[i], static_cast<int64_t>(i));
    FL_TRY(q.run());
  }
  return {};
}

Status SqliteTrainingCourseRepo::fill_children(domain::Course& c) {
  FL_ASSIGN_OR_RETURN(Stmt t, c_.prepare("SELECT user_id, name FROM training_course_trainers WHERE course_id=? "
                                         "ORDER BY position"));
  t.bind(1, c.id);
  FL_ASSIGN_OR_RETURN(c.trainers, collect_rows<domain::CourseTrainer>(t, [](const Stmt& r) {
                        return domain::CourseTrainer{r.optional_int64(0), r.text(1)};
                      }));
  FL_ASSIGN_OR_RETURN(Stmt m, c_.prepare("SELECT module_version_id FROM training_course_modules WHERE course_id=? "
                                         "ORDER BY position"));
  m.bind(1, c.id);
  FL_ASSIGN_OR_RETURN(c.module_version_ids, collect_rows<int64_t>(m, [](const Stmt& r) { return r.int64(0); }));
  return {};
}

Result<int64_t> SqliteTrainingCourseRepo::insert(const domain::Course& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_courses(code, title_vi, title_en, province_code, "
                                         "venue, start_date, end_date, capacity, min_attendance_pct, pass_mark, "
                                         "status, created_by, created_at, updated_at, version) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(c.code, c.title_vi, c.title_en, c.province_code, c.venue, c.start_date, c.end_date, c.capacity,
             c.min_attendance_pct, c.pass_mark, c.status, c.created_by, format_utc(c.created_at),
             format_utc(c.updated_at), c.version);
  FL_TRY(q.run());
  domain::Course stored = c;
  stored.id = c_.last_insert_rowid();
  FL_TRY(write_children(stored));
  return stored.id;
}

Result<domain::Course> SqliteTrainingCourseRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kCourseSelect) + " WHERE c.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("course " + std::to_string(id) + " not found");
  }
  FL_ASSIGN_OR_RETURN(domain::Course c, read_course(q));
  FL_TRY(fill_children(c));
  return c;
}

Status SqliteTrainingCourseRepo::update(const domain::Course& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE training_courses SET code=?, title_vi=?, title_en=?, "
                                         "province_code=?, venue=?, start_date=?, end_date=?, capacity=?, "
                                         "min_attendance_pct=?, pass_mark=?, status=?, completed_at=?, "
                                         "updated_at=?, version=? WHERE id=? AND version=?"));
  q.bind_all(c.code, c.title_vi, c.title_en, c.province_code, c.venue, c.start_date, c.end_date, c.capacity,
             c.min_attendance_pct, c.pass_mark, c.status);
  q.bind_or_null(12, optional_utc(c.completed_at).value_or("")).bind(13, format_utc(c.updated_at));
  q.bind(14, c.version).bind(15, c.id).bind(16, c.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("course " + std::to_string(c.id) + " was changed by someone else; reload and try again");
  }
  return write_children(c);
}

Result<domain::CoursePage> SqliteTrainingCourseRepo::list(const domain::CourseFilter& f) {
  std::vector<std::string> params;
  std::string where = " WHERE 1=1";
  if (!f.status.empty()) {
    where += " AND c.status=?";
    params.push_back(f.status);
  }
  if (!f.province.empty()) {
    where += " AND c.province_code=?";
    params.push_back(f.province);
  }
  if (f.year != 0) {
    where += " AND substr(c.start_date, 1, 4)=?";
    params.push_back(std::to_string(f.year));
  }
  domain::CoursePage page;
  FL_ASSIGN_OR_RETURN(page.total, count_rows(c_, " FROM training_courses c" + where, params));
  FL_ASSIGN_OR_RETURN(Stmt q, prepare_page(c_, kCourseSelect + where + " ORDER BY c.start_date DESC, c.id DESC",
                                           params, f.limit, f.offset));
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::Course>(q, read_course));
  for (auto& c : page.items) {
    FL_TRY(fill_children(c));
  }
  return page;
}

Status SqliteTrainingCourseRepo::insert_enrolment(const domain::Enrolment& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_enrolments(course_id, officer_id, status, "
                                         "enrolled_by, enrolled_at, updated_at, completed_at, outcome_reasons) "
                                         "VALUES (?,?,?,?,?,?,?,?)"));
  q.bind_all(e.course_id, e.officer_id, e.status, e.enrolled_by, format_utc(e.enrolled_at), format_utc(e.updated_at));
  q.bind_or_null(7, optional_utc(e.completed_at).value_or("")).bind(8, json(e.outcome_reasons).dump());
  return q.run();
}

Result<std::optional<domain::Enrolment>> SqliteTrainingCourseRepo::find_enrolment(int64_t course_id,
                                                                                  int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEnrolmentColumns +
                                         " FROM training_enrolments e WHERE e.course_id=? AND e.officer_id=?"));
  q.bind_all(course_id, officer_id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) return std::optional<domain::Enrolment>();
  FL_ASSIGN_OR_RETURN(domain::Enrolment e, read_enrolment(q));
  return std::optional<domain::Enrolment>(std::move(e));
}

Status SqliteTrainingCourseRepo::update_enrolment(const domain::Enrolment& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE training_enrolments SET status=?, updated_at=?, completed_at=?, "
                                         "outcome_reasons=? WHERE course_id=? AND officer_id=?"));
  q.bind(1, e.status).bind(2, format_utc(e.updated_at)).bind_or_null(3, optional_utc(e.completed_at).value_or(""));
  q.bind(4, json(e.outcome_reasons).dump()).bind(5, e.course_id).bind(6, e.officer_id);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::not_found("officer " + std::to_string(e.officer_id) + " is not a participant of course " +
                            std::to_string(e.course_id));
  }
  return {};
}

Result<std::vector<domain::Participant>> SqliteTrainingCourseRepo::participants(int64_t course_id,
                                                                               const CaseScope& scope) {
  std::vector<std::string> params = {std::to_string(course_id)};
  std::string where = " WHERE e.course_id=?";
  scope_sql(scope, "o.unit_id", where, params);
  FL_ASSIGN_OR_RETURN(
      Stmt q, c_.prepare(std::string("SELECT ") + kEnrolmentColumns +
                         ", o.id, o.full_name, o.service_number, o.unit_id, u.code, u.path, o.rank, o.sex, "
                         "o.position, o.user_id, o.created_at, o.updated_at, o.version FROM training_enrolments e "
                         "JOIN training_officers o ON o.id = e.officer_id JOIN units u ON u.id = o.unit_id" +
                         where + " ORDER BY o.name_folded, o.id"));
  for (size_t i = 0; i < params.size(); ++i) q.bind(static_cast<int>(i + 1), params[i]);
  return collect_rows<domain::Participant>(q, [](const Stmt& r) -> Result<domain::Participant> {
    domain::Participant p;
    FL_ASSIGN_OR_RETURN(p.enrolment, read_enrolment(r));
    auto& o = p.officer;
    o.id = r.int64(8);
    o.full_name = r.text(9);
    o.service_number = r.text(10);
    o.unit_id = r.int64(11);
    o.unit_code = r.text(12);
    o.unit_path = r.text(13);
    o.rank = r.text(14);
    o.sex = r.text(15);
    o.position = r.text(16);
    o.user_id = r.optional_int64(17);
    FL_ASSIGN_OR_RETURN(o.created_at, stored_time(r.text(18)));
    FL_ASSIGN_OR_RETURN(o.updated_at, stored_time(r.text(19)));
    o.version = r.int64(20);
    return p;
  });
}

Result<int64_t> SqliteTrainingCourseRepo::count_active(int64_t course_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM training_enrolments WHERE course_id=? AND "
                                         "status <> 'withdrawn'"));
  q.bind(1, course_id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

Result<std::vector<domain::Enrolment>> SqliteTrainingCourseRepo::enrolments_of(int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEnrolmentColumns +
                                         " FROM training_enrolments e JOIN training_courses c ON c.id = e.course_id "
                                         "WHERE e.officer_id=? ORDER BY c.start_date DESC, c.id DESC"));
  q.bind(1, officer_id);
  return collect_rows<domain::Enrolment>(q, [](const Stmt& r) { return read_enrolment(r); });
}

Status SqliteTrainingCourseRepo::put_attendance(const domain::AttendanceMark& m) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT OR REPLACE INTO training_attendance(course_id, officer_id, day, "
                                         "present, recorded_by, recorded_at) VALUES (?,?,?,?,?,?)"));
  q.bind_all(m.course_id, m.officer_id, m.day, m.present, m.recorded_by, format_utc(m.recorded_at));
  return q.run();
}

Result<std::vector<domain::AttendanceMark>> SqliteTrainingCourseRepo::attendance(int64_t course_id,
                                                                                 std::optional<int64_t> officer_id) {
  std::string sql =
      "SELECT course_id, officer_id, day, present, recorded_by, recorded_at FROM training_attendance "
      "WHERE course_id=?";
  if (officer_id) sql += " AND officer_id=?";
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql + " ORDER BY officer_id, day"));
  q.bind(1, course_id);
  if (officer_id) q.bind(2, *officer_id);
  return collect_rows<domain::AttendanceMark>(q, [](const Stmt& r) -> Result<domain::AttendanceMark> {
    domain::AttendanceMark m{r.int64(0), r.int64(1), r.text(2), r.int64(3) != 0, r.int64(4), {}};
    FL_ASSIGN_OR_RETURN(m.recorded_at, stored_time(r.text(5)));
    return m;
  });
}

}  // namespace frontline::store::sqlite
