// The register of officers who can be trained (training_service.hpp).
#include "service/training_internal.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using namespace training_detail;

constexpr size_t kMaxName = 200;
constexpr size_t kMaxPosition = 200;

// Checks the officer's fields; unit and user against the store.
// The checks that need no store.
void check_officer_fields(const domain::TrainingOfficer& o, FieldErrors& bad, const std::string& prefix) {
  check_text(o.full_name, prefix + "full_name", 1, kMaxName, bad);
  if (!domain::is_service_number(o.service_number)) {
    bad[prefix + "service_number"] = "must be 1 to 32 upper-case letters, digits or '-'";
  }
  if (!domain::is_training_rank(o.rank)) bad[prefix + "rank"] = "must be a rank code of /training/vocab";
  if (!domain::is_training_sex(o.sex)) bad[prefix + "sex"] = "must be one of: male, female";
  check_text(o.position, prefix + "position", 0, kMaxPosition, bad);
}

Status check_officer(store::Transaction& tx, const domain::TrainingOfficer& o, FieldErrors& bad,
                     const std::string& prefix) {
  check_officer_fields(o, bad, prefix);
  auto unit = tx.reference().get_unit(o.unit_id);
  if (!unit.ok()) {
    if (unit.error().code != ErrorCode::kNotFound) return unit.error();
    bad[prefix + "unit_id"] = "unknown unit " + std::to_string(o.unit_id);
  }
  if (o.user_id) {
    auto user = tx.users().get(*o.user_id);
    if (!user.ok()) {
      if (user.error().code != ErrorCode::kNotFound) return user.error();
      bad[prefix + "user_id"] = "unknown user " + std::to_string(*o.user_id);
    }
  }
  return {};
}

// Conflict naming the field when the service number or account is taken by another officer.
Status check_unique(store::Transaction& tx, const domain::TrainingOfficer& o, const std::string& prefix) {
  FL_ASSIGN_OR_RETURN(auto by_number, tx.training_officers().find_by_service_number(o.service_number));
  if (by_number && by_number->id != o.id) {
    return Error{ErrorCode::kConflict, "service number " + o.service_number + " is already registered",
                 {{prefix + "service_number", "is already registered"}}, {}};
  }
  if (o.user_id) {
    FL_ASSIGN_OR_RETURN(auto by_user, tx.training_officers().find_by_user(*o.user_id));
    if (by_user && by_user->id != o.id) {
      return Error{ErrorCode::kConflict, "user " + std::to_string(*o.user_id) + " already has an officer record",
                   {{prefix + "user_id", "already has an officer record"}}, {}};
    }
  }
  return {};
}

}  // namespace

namespace training_detail {

// Normalizes and stores a new officer in `tx` (also used by enrolment);
// `prefix` names the fields in errors ("officer." inside an enrolment).
Result<domain::TrainingOfficer> insert_officer(store::Transaction& tx, const Principal& who, const Clock& clock,
                                               const OfficerDraft& draft, const std::string& prefix) {
  domain::TrainingOfficer o;
  FieldErrors bad;
  auto name = text::to_nfc(draft.full_name);
  o.full_name = name.ok() ? *name : draft.full_name;
  o.service_number = draft.service_number;
  o.unit_id = draft.unit_id;
  o.rank = draft.rank;
  o.sex = draft.sex;
  o.position = draft.position;
  o.user_id = draft.user_id;
  FL_TRY(check_officer(tx, o, bad, prefix));
  if (!bad.empty()) return Error::invalid("the officer has invalid fields", bad);
  FL_TRY(check_unique(tx, o, prefix));
  o.created_at = o.updated_at = clock.now();
  FL_ASSIGN_OR_RETURN(o.id, tx.training_officers().insert(o));
  FL_TRY(audit(tx, who, clock, "training.officer.create", "training_officer", std::to_string(o.id),
               {{"unit_id", o.unit_id}}));
  return tx.training_officers().get(o.id);
}

}  // namespace training_detail

FieldErrors TrainingService::officer_draft_errors(const OfficerDraft& draft) {
  domain::TrainingOfficer o;
  o.full_name = draft.full_name;
  o.service_number = draft.service_number;
  o.rank = draft.rank;
  o.sex = draft.sex;
  o.position = draft.position;
  FieldErrors bad;
  check_officer_fields(o, bad, "");
  return bad;
}

Result<domain::OfficerPage> TrainingService::list_officers(const Principal& who, const domain::OfficerFilter& filter) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  FieldErrors bad;
  if (filter.offset < 0) bad["offset"] = "must be 0 or more";
  if (filter.limit < 1 || filter.limit > kMaxTrainingPage) bad["limit"] = "must be 1 to " + std::to_string(kMaxTrainingPage);
  if (text::code_points(filter.q) > 200) bad["q"] = "must be at most 200 characters";
  if (!bad.empty()) return Error::invalid("the officer query has invalid fields", bad);
  return store::read_value<domain::OfficerPage>(store_, [&](store::Transaction& tx) {
    return tx.training_officers().list(filter, participant_scope(who));
  });
}

Result<domain::TrainingOfficer> TrainingService::create_officer(const Principal& who, const OfficerDraft& draft) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<domain::TrainingOfficer>(store_, [&](store::Transaction& tx) {
    return insert_officer(tx, who, clock_, draft, "");
  });
}

Result<domain::TrainingOfficer> TrainingService::get_officer(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<domain::TrainingOfficer>(store_, [&](store::Transaction& tx)
                                                                -> Result<domain::TrainingOfficer> {
    auto o = tx.training_officers().get(id);
    if (!o.ok() || !in_scope(who, o->unit_path)) {
      if (o.ok() || o.error().code == ErrorCode::kNotFound) {
        return Error::not_found("officer " + std::to_string(id) + " not found");
      }
    }
    return o;
  });
}

Result<domain::TrainingOfficer> TrainingService::update_officer(const Principal& who, int64_t id,
                                                                const OfficerPatch& patch) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<domain::TrainingOfficer>(store_, [&](store::Transaction& tx)
                                                                 -> Result<domain::TrainingOfficer> {
    FL_ASSIGN_OR_RETURN(domain::TrainingOfficer o, tx.training_officers().get(id));
    if (patch.expected_version && *patch.expected_version != o.version) {
      return Error::conflict("officer " + std::to_string(id) + " has changed since version " +
                             std::to_string(*patch.expected_version) + "; reload and try again");
    }
    FieldChanges changes;
    if (patch.full_name) {
      auto nfc = text::to_nfc(*patch.full_name);
      changes.apply(std::optional<std::string>(nfc.ok() ? *nfc : *patch.full_name), o.full_name, "full_name");
    }
    changes.apply(patch.service_number, o.service_number, "service_number");
    changes.apply(patch.unit_id, o.unit_id, "unit_id");
    changes.apply(patch.rank, o.rank, "rank");
    changes.apply(patch.sex, o.sex, "sex");
    changes.apply(patch.position, o.position, "position");
    changes.apply(patch.user_id, o.user_id, "user_id");
    FieldErrors bad;
    if (changes.empty()) bad["body"] = "must change at least one field";
    FL_TRY(check_officer(tx, o, bad, ""));
    if (!bad.empty()) return Error::invalid("the officer has invalid fields", bad);
    FL_TRY(check_unique(tx, o, ""));
    o.updated_at = clock_.now();
    ++o.version;
    FL_TRY(tx.training_officers().update(o));
    FL_TRY(audit(tx, who, clock_, "training.officer.update", "training_officer", std::to_string(id),
                 {{"fields", changes.names()}}));
    return tx.training_officers().get(id);
  });
}

}  // namespace frontline::service
