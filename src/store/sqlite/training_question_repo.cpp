// The question bank in SQLite (migration 0016). Options are one JSON array
// per question: they are always read and written whole.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_test_repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kColumns =
    "q.id, q.module_id, m.code, q.kind, q.text_vi, q.text_en, q.options, q.explanation_vi, q.explanation_en, "
    "q.active, q.version, q.created_by, q.created_at, q.updated_at";
constexpr const char* kFrom = " FROM training_questions q JOIN training_modules m ON m.id = q.module_id";

std::string options_json(const std::vector<domain::QuestionOption>& options) {
  json out = json::array();
  for (const auto& o : options) {
    out.push_back({{"key", o.key}, {"vi", o.vi}, {"en", o.en}, {"correct", o.correct}});
  }
  return out.dump();
}

Result<domain::Question> read_row(const Stmt& r) {
  domain::Question q;
  q.id = r.int64(0);
  q.module_id = r.int64(1);
  q.module_code = r.text(2);
  const std::string what = "training question " + std::to_string(q.id);
  auto kind = domain::kQuestionKindNames.parse(r.text(3));
  if (!kind) {
    return Error::corruption(what + " has an unknown kind");
  }
  q.kind = *kind;
  q.text_vi = r.text(4);
  q.text_en = r.text(5);
  const json options = json::parse(r.text(6), nullptr, false);
  if (!options.is_array()) {
    return Error::corruption(what + " has malformed options");
  }
  for (const json& o : options) {
    if (!o.is_object() || !o.contains("key") || !o["key"].is_string()) {
      return Error::corruption(what + " has malformed options");
    }
    q.options.push_back({o.value("key", ""), o.value("vi", ""), o.value("en", ""), o.value("correct", false)});
  }
  q.explanation_vi = r.text(7);
  q.explanation_en = r.text(8);
  q.active = r.int64(9) != 0;
  q.version = r.int64(10);
  q.created_by = r.int64(11);
  FL_ASSIGN_OR_RETURN(q.created_at, stored_time(r.text(12)));
  FL_ASSIGN_OR_RETURN(q.updated_at, stored_time(r.text(13)));
  return q;
}

}  // namespace

Result<int64_t> SqliteTrainingQuestionRepo::insert(const domain::Question& q) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("INSERT INTO training_questions(module_id, kind, text_vi, text_en, options, "
                                         "explanation_vi, explanation_en, active, version, created_by, created_at, "
                                         "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
  s.bind_all(q.module_id, std::string(domain::kQuestionKindNames.name(q.kind)), q.text_vi, q.text_en,
             options_json(q.options), q.explanation_vi, q.explanation_en, q.active, q.version, q.created_by,
             format_utc(q.created_at), format_utc(q.updated_at));
  FL_TRY(s.run());
  return c_.last_insert_rowid();
}

Result<domain::Question> SqliteTrainingQuestionRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE q.id=?"));
  s.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) {
    return Error::not_found("question " + std::to_string(id) + " not found");
  }
  return read_row(s);
}

Result<std::map<int64_t, domain::Question>> SqliteTrainingQuestionRepo::get_many(const std::vector<int64_t>& ids) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns + kFrom +
                                         " WHERE q.id IN (SELECT value FROM json_each(?))"));
  s.bind(1, json(ids).dump());
  FL_ASSIGN_OR_RETURN(auto found, collect_rows<domain::Question>(s, read_row));
  std::map<int64_t, domain::Question> out;
  for (auto& q : found) {
    const int64_t id = q.id;
    out.emplace(id, std::move(q));
  }
  return out;
}

Status SqliteTrainingQuestionRepo::update(const domain::Question& q) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("UPDATE training_questions SET kind=?, text_vi=?, text_en=?, options=?, "
                                         "explanation_vi=?, explanation_en=?, active=?, version=?, updated_at=? "
                                         "WHERE id=? AND version=?"));
  s.bind_all(std::string(domain::kQuestionKindNames.name(q.kind)), q.text_vi, q.text_en, options_json(q.options),
             q.explanation_vi, q.explanation_en, q.active, q.version, format_utc(q.updated_at), q.id, q.version - 1);
  FL_TRY(s.run());
  if (c_.changes() == 0) {
    return Error::conflict("question " + std::to_string(q.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<std::vector<domain::Question>> SqliteTrainingQuestionRepo::list(const domain::QuestionFilter& f) {
  // One statement for every filter combination: NULL parameters match all.
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns + kFrom +
                                         " WHERE (?1 IS NULL OR q.module_id = ?1) AND (?2 IS NULL OR q.active = ?2)"
                                         " ORDER BY m.position, m.code, q.id"));
  if (f.module_id) {
    s.bind(1, *f.module_id);
  } else {
    s.bind(1, nullptr);
  }
  if (f.active) {
    s.bind(2, *f.active);
  } else {
    s.bind(2, nullptr);
  }
  return collect_rows<domain::Question>(s, read_row);
}

Result<bool> SqliteTrainingQuestionRepo::used_in_submitted_attempt(int64_t question_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("SELECT 1 FROM training_attempt_answers WHERE question_id=? LIMIT 1"));
  s.bind(1, question_id);
  return s.step();
}

}  // namespace frontline::store::sqlite
