// The question bank of the training tests (TrainingTestService, bank part).
#include "service/audit_helpers.hpp"
#include "service/training_tests_internal.hpp"
#include "training/bank_rules.hpp"

namespace frontline::service {

using namespace training_internal;

namespace {

constexpr const char* kReadBank = "read the question bank";
constexpr const char* kManageTests = "manage training tests";

domain::QuestionDraft draft_of(const domain::Question& q) {
  return {q.module_id, q.kind, q.text_vi, q.text_en, q.options, q.explanation_vi, q.explanation_en};
}

}  // namespace

Result<std::vector<domain::Question>> TrainingTestService::list_questions(const Principal& who,
                                                                         const domain::QuestionFilter& filter) {
  FL_TRY(require_read(who, kReadBank));
  return store::read_value<std::vector<domain::Question>>(
      store_, [&](store::Transaction& tx) { return tx.training_questions().list(filter); });
}

Result<domain::Question> TrainingTestService::get_question(const Principal& who, int64_t id) {
  FL_TRY(require_read(who, kReadBank));
  return store::read_value<domain::Question>(store_,
                                             [&](store::Transaction& tx) { return tx.training_questions().get(id); });
}

Result<domain::Question> TrainingTestService::create_question(const Principal& who,
                                                              const domain::QuestionDraft& draft) {
  FL_TRY(require_manage(who, kManageTests));
  training::FieldErrors bad;
  training::check_question(draft, bad);
  return store::write_value<domain::Question>(store_, [&](store::Transaction& tx) -> Result<domain::Question> {
    if (draft.module_id > 0 && !tx.training_curriculum().get_module(draft.module_id).ok()) {
      bad["module_id"] = "module " + std::to_string(draft.module_id) + " not found";
    }
    if (!bad.empty()) {
      return Error::invalid("the question has invalid fields", bad);
    }
    domain::Question q;
    q.module_id = draft.module_id;
    q.kind = draft.kind;
    q.text_vi = draft.text_vi;
    q.text_en = draft.text_en;
    q.options = draft.options;
    q.explanation_vi = draft.explanation_vi;
    q.explanation_en = draft.explanation_en;
    q.created_by = who.user_id;
    q.created_at = q.updated_at = clock_.now();
    FL_ASSIGN_OR_RETURN(q.id, tx.training_questions().insert(q));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.question.create", "training_question",
                                               std::to_string(q.id), audit::Outcome::kOk,
                                               {{"module_id", q.module_id}})));
    return tx.training_questions().get(q.id);
  });
}

Result<domain::Question> TrainingTestService::update_question(const Principal& who, int64_t id,
                                                              const domain::QuestionPatch& patch) {
  FL_TRY(require_manage(who, kManageTests));
  if (!patch.expected_version) {
    return Error::invalid_field("expected_version", "is required");
  }
  return store::write_value<domain::Question>(store_, [&](store::Transaction& tx) -> Result<domain::Question> {
    FL_ASSIGN_OR_RETURN(domain::Question q, tx.training_questions().get(id));
    if (q.version != *patch.expected_version) {
      return Error::conflict("question " + std::to_string(id) + " has changed since version " +
                             std::to_string(*patch.expected_version) + "; reload and try again");
    }
    FieldChanges changes;
    changes.apply(patch.kind, q.kind, "kind");
    changes.apply(patch.text_vi, q.text_vi, "text_vi");
    changes.apply(patch.text_en, q.text_en, "text_en");
    changes.apply(patch.options, q.options, "options");
    changes.apply(patch.explanation_vi, q.explanation_vi, "explanation_vi");
    changes.apply(patch.explanation_en, q.explanation_en, "explanation_en");
    changes.apply(patch.active, q.active, "active");
    training::FieldErrors bad;
    training::check_question(draft_of(q), bad);
    if (!bad.empty()) {
      return Error::invalid("the question has invalid fields", bad);
    }
    if (patch.kind || patch.options) {
      FL_ASSIGN_OR_RETURN(bool used, tx.training_questions().used_in_submitted_attempt(id));
      if (used) {
        return Error::conflict("question " + std::to_string(id) +
                               " was scored in submitted attempts; its kind and options no longer change "
                               "(deactivate it and write a new question)");
      }
    }
    if (changes.empty()) {
      return q;
    }
    q.version += 1;
    q.updated_at = clock_.now();
    FL_TRY(tx.training_questions().update(q));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.question.update", "training_question",
                                               std::to_string(id), audit::Outcome::kOk,
                                               {{"fields", changes.names()}})));
    return tx.training_questions().get(id);
  });
}

}  // namespace frontline::service
