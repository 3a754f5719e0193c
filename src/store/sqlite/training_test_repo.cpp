// Tests of courses in SQLite (migration 0016): the test row and its ordered
// questions in training_test_questions.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_test_repos.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kColumns =
    "t.id, t.course_id, t.kind, t.title, t.opens_at, t.closes_at, t.duration_minutes, t.status, t.version, "
    "t.created_by, t.created_at, t.updated_at";

Result<domain::TrainingTest> read_row(const Stmt& r) {
  domain::TrainingTest t;
  t.id = r.int64(0);
  t.course_id = r.int64(1);
  const std::string what = "training test " + std::to_string(t.id);
  auto kind = domain::kTestKindNames.parse(r.text(2));
  auto status = domain::kTestStatusNames.parse(r.text(7));
  if (!kind || !status) {
    return Error::corruption(what + " has an unknown kind or status");
  }
  t.kind = *kind;
  t.status = *status;
  t.title = r.text(3);
  FL_ASSIGN_OR_RETURN(t.opens_at, stored_time(r.text(4)));
  FL_ASSIGN_OR_RETURN(t.closes_at, stored_time(r.text(5)));
  t.duration_minutes = static_cast<int>(r.int64(6));
  t.version = r.int64(8);
  t.created_by = r.int64(9);
  FL_ASSIGN_OR_RETURN(t.created_at, stored_time(r.text(10)));
  FL_ASSIGN_OR_RETURN(t.updated_at, stored_time(r.text(11)));
  return t;
}

}  // namespace

Status SqliteTrainingTestRepo::put_questions(const domain::TrainingTest& t) {
  FL_ASSIGN_OR_RETURN(Stmt del, c_.prepare("DELETE FROM training_test_questions WHERE test_id=?"));
  del.bind(1, t.id);
  FL_TRY(del.run());
  FL_ASSIGN_OR_RETURN(Stmt ins, c_.prepare("INSERT INTO training_test_questions(test_id, position, question_id) "
                                           "SELECT ?, key + 1, value FROM json_each(?)"));
  ins.bind(1, t.id).bind(2, nlohmann::json(t.question_ids).dump());
  return ins.run();
}

Result<std::vector<domain::TrainingTest>> SqliteTrainingTestRepo::with_questions(Stmt& q) {
  FL_ASSIGN_OR_RETURN(auto tests, collect_rows<domain::TrainingTest>(q, read_row));
  FL_ASSIGN_OR_RETURN(Stmt qs, c_.prepare("SELECT question_id FROM training_test_questions WHERE test_id=? "
                                          "ORDER BY position"));
  for (auto& t : tests) {
    qs.bind(1, t.id);
    FL_ASSIGN_OR_RETURN(t.question_ids, collect_rows<int64_t>(qs, [](const Stmt& r) { return r.int64(0); }));
  }
  return tests;
}

Result<int64_t> SqliteTrainingTestRepo::insert(const domain::TrainingTest& t) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("INSERT INTO training_tests(course_id, kind, title, opens_at, closes_at, "
                                         "duration_minutes, status, version, created_by, created_at, updated_at) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  s.bind_all(t.course_id, std::string(domain::kTestKindNames.name(t.kind)), t.title, format_utc(t.opens_at),
             format_utc(t.closes_at), t.duration_minutes, std::string(domain::kTestStatusNames.name(t.status)),
             t.version, t.created_by, format_utc(t.created_at), format_utc(t.updated_at));
  Status ran = s.run();
  if (!ran.ok()) {
    if (ran.error().code == ErrorCode::kConflict) {
      return Error::conflict("the course already has a " + std::string(domain::kTestKindNames.name(t.kind)) +
                             "-test");
    }
    return std::move(ran).error();
  }
  domain::TrainingTest stored = t;
  stored.id = c_.last_insert_rowid();
  FL_TRY(put_questions(stored));
  return stored.id;
}

Result<domain::TrainingTest> SqliteTrainingTestRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns + " FROM training_tests t WHERE t.id=?"));
  s.bind(1, id);
  FL_ASSIGN_OR_RETURN(auto tests, with_questions(s));
  if (tests.empty()) {
    return Error::not_found("test " + std::to_string(id) + " not found");
  }
  return std::move(tests.front());
}

Status SqliteTrainingTestRepo::update(const domain::TrainingTest& t) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("UPDATE training_tests SET title=?, opens_at=?, closes_at=?, "
                                         "duration_minutes=?, status=?, version=?, updated_at=? "
                                         "WHERE id=? AND version=?"));
  s.bind_all(t.title, format_utc(t.opens_at), format_utc(t.closes_at), t.duration_minutes,
             std::string(domain::kTestStatusNames.name(t.status)), t.version, format_utc(t.updated_at), t.id,
             t.version - 1);
  FL_TRY(s.run());
  if (c_.changes() == 0) {
    return Error::conflict("test " + std::to_string(t.id) + " was changed by someone else; reload and try again");
  }
  return put_questions(t);
}

Result<std::vector<domain::TrainingTest>> SqliteTrainingTestRepo::of_course(int64_t course_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM training_tests t WHERE t.course_id=? ORDER BY t.kind = 'post', t.id"));
  s.bind(1, course_id);
  return with_questions(s);
}

Result<std::vector<domain::TrainingTest>> SqliteTrainingTestRepo::for_officer(int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM training_tests t JOIN training_enrolments e ON e.course_id = t.course_id"
                                         " JOIN training_courses c ON c.id = t.course_id"
                                         " WHERE e.officer_id=? AND e.status <> 'withdrawn'"
                                         " ORDER BY c.start_date DESC, c.id DESC, t.kind = 'post', t.id"));
  s.bind(1, officer_id);
  return with_questions(s);
}

}  // namespace frontline::store::sqlite
