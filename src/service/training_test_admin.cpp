// Tests of a course and the reopening of attempts (TrainingTestService,
// trainer part).
#include "service/audit_helpers.hpp"
#include "service/training_tests_internal.hpp"
#include "training/bank_rules.hpp"

namespace frontline::service {

using namespace training_internal;

namespace {

constexpr const char* kManageTests = "manage training tests";
constexpr const char* kReadTests = "read training tests";

bool status_move_allowed(domain::TestStatus from, domain::TestStatus to) {
  return (from == domain::TestStatus::kDraft && to == domain::TestStatus::kOpen) ||
         (from == domain::TestStatus::kOpen && to == domain::TestStatus::kClosed);
}

// Whether check_test looks at the questions too: on creation and when a
// change names them (a question deactivated after the test was assembled
// must not stop the trainer from opening or closing it).
enum class CheckQuestions { kYes, kNo };

// Checks the test's fields (and questions) against the course; InvalidArgument naming each.
Status check_test(store::Transaction& tx, const domain::TrainingTest& t, const domain::Course& course,
                  CheckQuestions questions) {
  training::FieldErrors bad;
  training::check_test_fields(t.title, t.opens_at, t.closes_at, t.duration_minutes, bad);
  if (questions == CheckQuestions::kYes) {
    FL_ASSIGN_OR_RETURN(auto bank, tx.training_questions().get_many(t.question_ids));
    FL_ASSIGN_OR_RETURN(auto modules, course_modules(tx, course));
    training::check_test_questions(t.question_ids, bank, modules, bad);
  }
  if (!bad.empty()) {
    return Error::invalid("the test has invalid fields", bad);
  }
  return {};
}

}  // namespace

Result<TestView> TrainingTestService::create_test(const Principal& who, int64_t course_id,
                                                  const domain::TestDraft& draft) {
  FL_TRY(require_manage(who, kManageTests));
  return store::write_value<TestView>(store_, [&](store::Transaction& tx) -> Result<TestView> {
    FL_ASSIGN_OR_RETURN(domain::Course course, tx.training_courses().get(course_id));
    domain::TrainingTest t;
    t.course_id = course_id;
    t.kind = draft.kind;
    t.title = draft.title;
    t.question_ids = draft.question_ids;
    t.opens_at = draft.opens_at;
    t.closes_at = draft.closes_at;
    t.duration_minutes = draft.duration_minutes;
    FL_TRY(check_test(tx, t, course, CheckQuestions::kYes));
    if (course.status == "cancelled") {
      return Error::conflict("course " + course.code + " is cancelled");
    }
    t.created_by = who.user_id;
    t.created_at = t.updated_at = clock_.now();
    FL_ASSIGN_OR_RETURN(t.id, tx.training_tests().insert(t));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.test.create", "training_test",
                                               std::to_string(t.id), audit::Outcome::kOk,
                                               {{"course_id", course_id},
                                                {"kind", domain::kTestKindNames.name(t.kind)},
                                                {"questions", t.question_ids.size()}})));
    FL_ASSIGN_OR_RETURN(domain::TrainingTest stored, tx.training_tests().get(t.id));
    return view_of(tx, std::move(stored));
  });
}

Result<std::vector<TestView>> TrainingTestService::list_tests(const Principal& who, int64_t course_id) {
  FL_TRY(require_read(who, kReadTests));
  return store::read_value<std::vector<TestView>>(store_, [&](store::Transaction& tx) -> Result<std::vector<TestView>> {
    FL_TRY(discard_value(tx.training_courses().get(course_id)));
    FL_ASSIGN_OR_RETURN(auto tests, tx.training_tests().of_course(course_id));
    std::vector<TestView> out;
    for (auto& t : tests) {
      FL_ASSIGN_OR_RETURN(TestView v, view_of(tx, std::move(t)));
      out.push_back(std::move(v));
    }
    return out;
  });
}

Result<TestView> TrainingTestService::get_test(const Principal& who, int64_t id) {
  FL_TRY(require_read(who, kReadTests));
  return store::read_value<TestView>(store_, [&](store::Transaction& tx) -> Result<TestView> {
    FL_ASSIGN_OR_RETURN(domain::TrainingTest t, tx.training_tests().get(id));
    return view_of(tx, std::move(t));
  });
}

Result<TestView> TrainingTestService::update_test(const Principal& who, int64_t id, const domain::TestPatch& patch) {
  FL_TRY(require_manage(who, kManageTests));
  if (!patch.expected_version) {
    return Error::invalid_field("expected_version", "is required");
  }
  return store::write_value<TestView>(store_, [&](store::Transaction& tx) -> Result<TestView> {
    FL_ASSIGN_OR_RETURN(domain::TrainingTest t, tx.training_tests().get(id));
    if (t.version != *patch.expected_version) {
      return Error::conflict("test " + std::to_string(id) + " has changed since version " +
                             std::to_string(*patch.expected_version) + "; reload and try again");
    }
    const domain::TestStatus from = t.status;
    FieldChanges changes;
    changes.apply(patch.title, t.title, "title");
    changes.apply(patch.opens_at, t.opens_at, "opens_at");
    changes.apply(patch.closes_at, t.closes_at, "closes_at");
    changes.apply(patch.duration_minutes, t.duration_minutes, "duration_minutes");
    changes.apply(patch.question_ids, t.question_ids, "question_ids");
    changes.apply(patch.status, t.status, "status");
    FL_ASSIGN_OR_RETURN(domain::Course course, tx.training_courses().get(t.course_id));
    FL_TRY(check_test(tx, t, course, patch.question_ids ? CheckQuestions::kYes : CheckQuestions::kNo));
    if (t.status != from && !status_move_allowed(from, t.status)) {
      Error e = Error::conflict("test " + std::to_string(id) + " cannot move from " +
                                domain::kTestStatusNames.name(from) + " to " + domain::kTestStatusNames.name(t.status));
      return e;
    }
    if (patch.question_ids) {
      FL_ASSIGN_OR_RETURN(int64_t attempts, tx.training_attempts().count_all(id));
      FL_ASSIGN_OR_RETURN(domain::TrainingTest stored, tx.training_tests().get(id));
      if (attempts > 0 && stored.question_ids != t.question_ids) {
        return Error::conflict("test " + std::to_string(id) +
                               " already has attempts; its questions no longer change");
      }
    }
    if (changes.empty()) {
      return view_of(tx, std::move(t));
    }
    t.version += 1;
    t.updated_at = clock_.now();
    FL_TRY(tx.training_tests().update(t));
    nlohmann::json detail = {{"fields", changes.names()}};
    if (t.status != from) {
      detail["status"] = domain::kTestStatusNames.name(t.status);
    }
    FL_TRY(store::append_audit(
        tx, audit_entry(who, clock_, "training.test.update", "training_test", std::to_string(id), audit::Outcome::kOk,
                        detail)));
    FL_ASSIGN_OR_RETURN(domain::TrainingTest stored, tx.training_tests().get(id));
    return view_of(tx, std::move(stored));
  });
}

Result<domain::Attempt> TrainingTestService::reopen(const Principal& who, int64_t test_id, int64_t attempt_id) {
  FL_TRY(require_manage(who, kManageTests));
  return store::write_value<domain::Attempt>(store_, [&](store::Transaction& tx) -> Result<domain::Attempt> {
    FL_ASSIGN_OR_RETURN(domain::Attempt a, tx.training_attempts().get(attempt_id));
    if (a.test_id != test_id) {
      return Error::not_found("attempt " + std::to_string(attempt_id) + " not found");
    }
    FL_TRY(tx.training_attempts().void_attempt(attempt_id, who.user_id, clock_.now()));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.attempt.reopen", "training_attempt",
                                               std::to_string(attempt_id), audit::Outcome::kOk,
                                               {{"test_id", test_id}, {"officer_id", a.officer_id}})));
    return tx.training_attempts().get(attempt_id);
  });
}

}  // namespace frontline::service
