// THE COMPLETION HOOK (store/training_repos.hpp, docs/training.md): test
// scores for completion and participant lists. Migration 0015 has no tests,
// so no course has a post-test and no participant a score. The tests part
// (migration 0016) replaces these bodies with queries on training_tests and
// training_attempts.
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {

Result<bool> SqliteTrainingScoreRepo::has_post_test(int64_t /*course_id*/) { return false; }

Result<ParticipantScores> SqliteTrainingScoreRepo::scores(int64_t /*course_id*/, int64_t /*officer_id*/) {
  return ParticipantScores{};
}

Result<std::optional<double>> SqliteTrainingScoreRepo::post_test_score(int64_t /*course_id*/,
                                                                       int64_t /*officer_id*/) {
  return std::optional<double>();
}

}  // namespace frontline::store::sqlite
