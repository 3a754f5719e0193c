// Attempts in SQLite (migration 0016): the attempt row, and one row per
// question of the test once it is submitted with answers.
#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_test_repos.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kColumns =
    "a.id, a.test_id, a.officer_id, a.source, a.state, a.started_at, a.due_at, a.submitted_at, a.score, "
    "a.per_question, a.recorded_by, a.voided_at, a.voided_by";

Result<std::optional<TimePoint>> optional_time(const Stmt& r, int col) {
  if (r.is_null(col)) {
    return std::optional<TimePoint>();
  }
  FL_ASSIGN_OR_RETURN(TimePoint t, stored_time(r.text(col)));
  return std::optional<TimePoint>(t);
}

Result<domain::Attempt> read_row(const Stmt& r) {
  domain::Attempt a;
  a.id = r.int64(0);
  a.test_id = r.int64(1);
  a.officer_id = r.int64(2);
  auto source = domain::kAttemptSourceNames.parse(r.text(3));
  auto state = domain::kAttemptStateNames.parse(r.text(4));
  if (!source || !state) {
    return Error::corruption("training attempt " + std::to_string(a.id) + " has an unknown source or state");
  }
  a.source = *source;
  a.state = *state;
  FL_ASSIGN_OR_RETURN(a.started_at, stored_time(r.text(5)));
  FL_ASSIGN_OR_RETURN(a.due_at, stored_time(r.text(6)));
  FL_ASSIGN_OR_RETURN(a.submitted_at, optional_time(r, 7));
  if (!r.is_null(8)) {
    a.score = r.real(8);
  }
  a.per_question_known = r.int64(9) != 0;
  a.recorded_by = r.int64(10);
  FL_ASSIGN_OR_RETURN(a.voided_at, optional_time(r, 11));
  a.voided_by = r.is_null(12) ? 0 : r.int64(12);
  return a;
}

std::string join_keys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) {
    out += (out.empty() ? "" : ";") + k;
  }
  return out;
}

std::vector<std::string> split_keys(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

Status SqliteTrainingAttemptRepo::put_answers(const domain::Attempt& a) {
  if (a.state != domain::AttemptState::kSubmitted || !a.per_question_known) {
    return {};
  }
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("INSERT INTO training_attempt_answers(attempt_id, question_id, keys, correct) "
                                         "VALUES (?,?,?,?)"));
  for (const auto& [question, ok] : a.correct) {
    auto chosen = a.answers.find(question);
    s.bind_all(a.id, question, chosen == a.answers.end() ? std::string() : join_keys(chosen->second), ok);
    FL_TRY(s.run());
  }
  return {};
}

Result<std::vector<domain::Attempt>> SqliteTrainingAttemptRepo::read_all(Stmt& q) {
  FL_ASSIGN_OR_RETURN(auto attempts, collect_rows<domain::Attempt>(q, read_row));
  FL_ASSIGN_OR_RETURN(Stmt rows, c_.prepare("SELECT question_id, keys, correct FROM training_attempt_answers "
                                            "WHERE attempt_id=? ORDER BY question_id"));
  for (auto& a : attempts) {
    rows.bind(1, a.id);
    while (true) {
      FL_ASSIGN_OR_RETURN(bool row, rows.step());
      if (!row) {
        break;
      }
      const int64_t question = rows.int64(0);
      auto keys = split_keys(rows.text(1));
      if (!keys.empty()) {
        a.answers[question] = std::move(keys);
      }
      a.correct[question] = rows.int64(2) != 0;
    }
  }
  return attempts;
}

Result<int64_t> SqliteTrainingAttemptRepo::insert(const domain::Attempt& a) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("INSERT INTO training_attempts(test_id, officer_id, source, state, started_at, "
                                         "due_at, submitted_at, score, per_question, recorded_by) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?)"));
  s.bind_all(a.test_id, a.officer_id, std::string(domain::kAttemptSourceNames.name(a.source)),
             std::string(domain::kAttemptStateNames.name(a.state)), format_utc(a.started_at), format_utc(a.due_at));
  s.bind_or_null(7, a.submitted_at ? format_utc(*a.submitted_at) : std::string());
  if (a.score) {
    s.bind(8, *a.score);
  } else {
    s.bind(8, nullptr);
  }
  s.bind(9, a.per_question_known).bind(10, a.recorded_by);
  Status ran = s.run();
  if (!ran.ok()) {
    if (ran.error().code == ErrorCode::kConflict) {
      return Error::conflict("officer " + std::to_string(a.officer_id) + " already has an attempt at test " +
                             std::to_string(a.test_id));
    }
    return std::move(ran).error();
  }
  domain::Attempt stored = a;
  stored.id = c_.last_insert_rowid();
  FL_TRY(put_answers(stored));
  return stored.id;
}

Result<domain::Attempt> SqliteTrainingAttemptRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns + " FROM training_attempts a WHERE a.id=?"));
  s.bind(1, id);
  FL_ASSIGN_OR_RETURN(auto found, read_all(s));
  if (found.empty()) {
    return Error::not_found("attempt " + std::to_string(id) + " not found");
  }
  return std::move(found.front());
}

Result<std::optional<domain::Attempt>> SqliteTrainingAttemptRepo::live(int64_t test_id, int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM training_attempts a WHERE a.test_id=? AND a.officer_id=? "
                                         "AND a.state <> 'void'"));
  s.bind(1, test_id).bind(2, officer_id);
  FL_ASSIGN_OR_RETURN(auto found, read_all(s));
  if (found.empty()) {
    return std::optional<domain::Attempt>();
  }
  return std::optional<domain::Attempt>(std::move(found.front()));
}

Status SqliteTrainingAttemptRepo::submit(const domain::Attempt& a) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("UPDATE training_attempts SET state='submitted', submitted_at=?, score=?, "
                                         "per_question=? WHERE id=? AND state='in_progress'"));
  s.bind(1, format_utc(a.submitted_at.value_or(a.started_at)));
  s.bind(2, a.score.value_or(0.0)).bind(3, a.per_question_known).bind(4, a.id);
  FL_TRY(s.run());
  if (c_.changes() == 0) {
    return Error::conflict("attempt " + std::to_string(a.id) + " is no longer in progress");
  }
  domain::Attempt submitted = a;
  submitted.state = domain::AttemptState::kSubmitted;
  return put_answers(submitted);
}

Status SqliteTrainingAttemptRepo::void_attempt(int64_t id, int64_t by, TimePoint at) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("UPDATE training_attempts SET state='void', voided_at=?, voided_by=? "
                                         "WHERE id=? AND state <> 'void'"));
  s.bind_all(format_utc(at), by, id);
  FL_TRY(s.run());
  if (c_.changes() == 0) {
    return Error::conflict("attempt " + std::to_string(id) + " is already void");
  }
  return {};
}

Result<std::vector<domain::Attempt>> SqliteTrainingAttemptRepo::of_test(int64_t test_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM training_attempts a WHERE a.test_id=? AND a.state <> 'void' "
                                         "ORDER BY a.id"));
  s.bind(1, test_id);
  return read_all(s);
}

Result<int64_t> SqliteTrainingAttemptRepo::count_all(int64_t test_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare("SELECT count(*) FROM training_attempts WHERE test_id=?"));
  s.bind(1, test_id);
  FL_TRY(s.step());
  return s.int64(0);
}

Result<std::vector<domain::Attempt>> SqliteTrainingAttemptRepo::of_officer(int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt s, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM training_attempts a WHERE a.officer_id=? AND a.state <> 'void' "
                                         "ORDER BY a.id"));
  s.bind(1, officer_id);
  return read_all(s);
}

}  // namespace frontline::store::sqlite
