// SQLite repositories of the training tests (migration 0016), private to
// the SQLite store like repos.hpp; kept apart so the training parts grow
// without touching each other's declarations.
#pragma once

#include "store/sqlite/db.hpp"
#include "store/training_test_repos.hpp"

namespace frontline::store::sqlite {

class SqliteTrainingQuestionRepo final : public TrainingQuestionRepo {
 public:
  explicit SqliteTrainingQuestionRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::Question& q) override;
  Result<domain::Question> get(int64_t id) override;
  Result<std::map<int64_t, domain::Question>> get_many(const std::vector<int64_t>& ids) override;
  Status update(const domain::Question& q) override;
  Result<std::vector<domain::Question>> list(const domain::QuestionFilter& filter) override;
  Result<bool> used_in_submitted_attempt(int64_t question_id) override;

 private:
  Connection& c_;
};

class SqliteTrainingTestRepo final : public TrainingTestRepo {
 public:
  explicit SqliteTrainingTestRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::TrainingTest& t) override;
  Result<domain::TrainingTest> get(int64_t id) override;
  Status update(const domain::TrainingTest& t) override;
  Result<std::vector<domain::TrainingTest>> of_course(int64_t course_id) override;
  Result<std::vector<domain::TrainingTest>> for_officer(int64_t officer_id) override;

 private:
  Status put_questions(const domain::TrainingTest& t);
  Result<std::vector<domain::TrainingTest>> with_questions(Stmt& q);
  Connection& c_;
};

class SqliteTrainingAttemptRepo final : public TrainingAttemptRepo {
 public:
  explicit SqliteTrainingAttemptRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::Attempt& a) override;
  Result<domain::Attempt> get(int64_t id) override;
  Result<std::optional<domain::Attempt>> live(int64_t test_id, int64_t officer_id) override;
  Status submit(const domain::Attempt& a) override;
  Status void_attempt(int64_t id, int64_t by, TimePoint at) override;
  Result<std::vector<domain::Attempt>> of_test(int64_t test_id) override;
  Result<int64_t> count_all(int64_t test_id) override;
  Result<std::vector<domain::Attempt>> of_officer(int64_t officer_id) override;

 private:
  Status put_answers(const domain::Attempt& a);
  // Reads attempts from `q` (kColumns) and fills their answers.
  Result<std::vector<domain::Attempt>> read_all(Stmt& q);
  Connection& c_;
};

}  // namespace frontline::store::sqlite
