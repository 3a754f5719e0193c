// Storage of the training tests (docs/training.md, migration 0016): the
// question bank, the tests of a course and the attempts. Included by
// store.hpp and reached through Transaction::training_questions(),
// training_tests() and training_attempts(); the SQLite implementation lives
// in sqlite/training_question_repo.cpp, training_test_repo.cpp and
// training_attempt_repo.cpp.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "domain/training_tests.hpp"
#include "util/result.hpp"

namespace frontline::store {

class TrainingQuestionRepo {
 public:
  virtual ~TrainingQuestionRepo() = default;
  // Returns the new id.
  virtual Result<int64_t> insert(const domain::Question& q) = 0;
  // NotFound when no question has `id`. module_code filled.
  virtual Result<domain::Question> get(int64_t id) = 0;
  // The questions of `ids` that exist, by id (module_code filled).
  virtual Result<std::map<int64_t, domain::Question>> get_many(const std::vector<int64_t>& ids) = 0;
  // Overwrites the question when its stored version is `q.version - 1`;
  // Conflict when someone else changed it in between.
  virtual Status update(const domain::Question& q) = 0;
  // The questions matching `filter`, by module position, then id.
  virtual Result<std::vector<domain::Question>> list(const domain::QuestionFilter& filter) = 0;
  // Whether a submitted attempt has a row for the question (its options
  // then no longer change: what was scored must stay as scored).
  virtual Result<bool> used_in_submitted_attempt(int64_t question_id) = 0;
};

class TrainingTestRepo {
 public:
  virtual ~TrainingTestRepo() = default;
  // Stores the test and its ordered questions. Conflict when the course
  // already has a test of that kind. Returns the new id.
  virtual Result<int64_t> insert(const domain::TrainingTest& t) = 0;
  // NotFound when no test has `id`. question_ids filled in order.
  virtual Result<domain::TrainingTest> get(int64_t id) = 0;
  // Overwrites the test (questions replaced) when its stored version is
  // `t.version - 1`; Conflict otherwise.
  virtual Status update(const domain::TrainingTest& t) = 0;
  // The course's tests, pre before post.
  virtual Result<std::vector<domain::TrainingTest>> of_course(int64_t course_id) = 0;
  // The tests of every course the officer is enrolled on (any enrolment
  // status but withdrawn), by course start, then pre before post.
  virtual Result<std::vector<domain::TrainingTest>> for_officer(int64_t officer_id) = 0;
};

class TrainingAttemptRepo {
 public:
  virtual ~TrainingAttemptRepo() = default;
  // Stores the attempt, with its answer rows when it is submitted and
  // per_question_known. Conflict when the officer already has an attempt
  // at the test that is not void. Returns the new id.
  virtual Result<int64_t> insert(const domain::Attempt& a) = 0;
  // NotFound when no attempt has `id`. Answers and correct filled.
  virtual Result<domain::Attempt> get(int64_t id) = 0;
  // The officer's attempt at the test that is not void, if any.
  virtual Result<std::optional<domain::Attempt>> live(int64_t test_id, int64_t officer_id) = 0;
  // Records the submission of an in-progress attempt: state, submitted_at,
  // score and one answer row per question of `a.correct`. Conflict when the
  // stored attempt is no longer in progress.
  virtual Status submit(const domain::Attempt& a) = 0;
  // Marks a non-void attempt void (voided_at, voided_by); Conflict when it
  // already is.
  virtual Status void_attempt(int64_t id, int64_t by, TimePoint at) = 0;
  // The test's attempts that are not void (answers filled), by id.
  virtual Result<std::vector<domain::Attempt>> of_test(int64_t test_id) = 0;
  // Every attempt of the test, void ones included (for the freeze rule).
  virtual Result<int64_t> count_all(int64_t test_id) = 0;
  // The officer's attempts that are not void (answers filled), by id.
  virtual Result<std::vector<domain::Attempt>> of_officer(int64_t officer_id) = 0;
};

}  // namespace frontline::store
