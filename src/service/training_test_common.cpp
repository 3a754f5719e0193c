#include "service/training_tests_internal.hpp"

#include "service/training_internal.hpp"

#include "training/attempt_timing.hpp"

namespace frontline::service {

std::string attempt_progress(const std::optional<domain::Attempt>& live, TimePoint now) {
  if (!live) {
    return "not_started";
  }
  if (live->state == domain::AttemptState::kSubmitted) {
    return "submitted";
  }
  return now > live->due_at + training::kSubmissionGrace ? "expired" : "in_progress";
}

namespace training_internal {

Status require_read(const Principal& who, const char* action) {
  if (!who.can(domain::Permission::kTrainingRead) && !who.can(domain::Permission::kTrainingManage)) {
    return Error::denied(std::string("your role may not ") + action);
  }
  return {};
}

Status require_manage(const Principal& who, const char* action) {
  if (!who.can(domain::Permission::kTrainingManage)) {
    return Error::denied(std::string("your role may not ") + action);
  }
  return {};
}

// The same rule as the core part's participant lists.
bool sees_all(const Principal& who) { return training_detail::sees_all_participants(who); }

store::CaseScope scope_of(const Principal& who) { return training_detail::participant_scope(who); }

Result<std::vector<domain::Question>> questions_of(store::Transaction& tx, const domain::TrainingTest& t) {
  FL_ASSIGN_OR_RETURN(auto bank, tx.training_questions().get_many(t.question_ids));
  std::vector<domain::Question> out;
  out.reserve(t.question_ids.size());
  for (int64_t id : t.question_ids) {
    auto q = bank.find(id);
    if (q == bank.end()) {
      return Error::corruption("test " + std::to_string(t.id) + " names a missing question " + std::to_string(id));
    }
    out.push_back(q->second);
  }
  return out;
}

Result<std::set<int64_t>> course_modules(store::Transaction& tx, const domain::Course& c) {
  std::set<int64_t> out;
  for (int64_t version_id : c.module_version_ids) {
    FL_ASSIGN_OR_RETURN(domain::ModuleVersion v, tx.training_curriculum().get_version(version_id));
    out.insert(v.module_id);
  }
  return out;
}

Result<TestView> view_of(store::Transaction& tx, domain::TrainingTest t) {
  TestView v;
  FL_ASSIGN_OR_RETURN(v.questions, questions_of(tx, t));
  FL_ASSIGN_OR_RETURN(auto live, tx.training_attempts().of_test(t.id));
  v.attempts = static_cast<int64_t>(live.size());
  FL_ASSIGN_OR_RETURN(int64_t all, tx.training_attempts().count_all(t.id));
  v.frozen = all > 0;
  v.test = std::move(t);
  return v;
}

Result<domain::TrainingOfficer> own_officer(store::Transaction& tx, const Principal& who) {
  FL_ASSIGN_OR_RETURN(auto officer, tx.training_officers().find_by_user(who.user_id));
  if (!officer) {
    return Error::denied("your account has no officer record; ask a trainer to register you");
  }
  return std::move(*officer);
}

}  // namespace training_internal
}  // namespace frontline::service
