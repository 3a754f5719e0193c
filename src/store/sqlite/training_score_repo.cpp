// THE COMPLETION HOOK (store/training_repos.hpp, docs/training.md): test
// scores for completion and participant lists, from the tests of migration
// 0016. A participant's score on a test is that of their submitted attempt
// (online or paper); void attempts (reopened) and attempts in progress
// have none.
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

// The score of the officer's submitted attempt at the course's test of `kind`.
Result<std::optional<double>> score_of(Connection& c, int64_t course_id, int64_t officer_id, const char* kind) {
  FL_ASSIGN_OR_RETURN(Stmt q, c.prepare("SELECT a.score FROM training_attempts a "
                                        "JOIN training_tests t ON t.id = a.test_id "
                                        "WHERE t.course_id=? AND t.kind=? AND a.officer_id=? AND a.state='submitted'"));
  q.bind(1, course_id).bind(2, kind).bind(3, officer_id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row || q.is_null(0)) {
    return std::optional<double>();
  }
  return std::optional<double>(q.real(0));
}

}  // namespace

Result<bool> SqliteTrainingScoreRepo::has_post_test(int64_t course_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT 1 FROM training_tests WHERE course_id=? AND kind='post' "
                                         "AND status <> 'draft'"));
  q.bind(1, course_id);
  return q.step();
}

Result<ParticipantScores> SqliteTrainingScoreRepo::scores(int64_t course_id, int64_t officer_id) {
  ParticipantScores out;
  FL_ASSIGN_OR_RETURN(out.pre, score_of(c_, course_id, officer_id, "pre"));
  FL_ASSIGN_OR_RETURN(out.post, score_of(c_, course_id, officer_id, "post"));
  return out;
}

Result<std::optional<double>> SqliteTrainingScoreRepo::post_test_score(int64_t course_id, int64_t officer_id) {
  return score_of(c_, course_id, officer_id, "post");
}

}  // namespace frontline::store::sqlite
