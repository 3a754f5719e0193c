// Case identifiers: validation, masking and audit (identifier_service.hpp).
#include "service/identifier_service.hpp"

#include <set>

#include "domain/workflow.hpp"
#include "graph/entity_key.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxValue = 300;
constexpr size_t kMaxQualifier = 100;
constexpr size_t kMaxNote = 1000;

// Whether `person_id` has a victim link anywhere.
Result<bool> is_victim(store::Transaction& tx, int64_t person_id) {
  FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
  for (const auto& [case_id, role] : links) {
    if (role == domain::PersonRole::kVictim) {
      return true;
    }
  }
  return false;
}

bool may_see(const Principal& who, bool victim) {
  return who.can(victim ? domain::Permission::kVictimIdentityRead : domain::Permission::kPersonIdentityRead);
}

Result<domain::Case> open_case(store::Transaction& tx, const Principal& who, int64_t case_id) {
  FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, case_id));
  if (domain::is_final(c.status)) {
    return Error::conflict("case " + c.number + " is " + domain::case_status_name(c.status) +
                           "; identifiers can no longer change");
  }
  return c;
}

void check_length(const std::string& field, const std::string& value, size_t max, FieldErrors& bad) {
  if (text::code_points(value) > max) {
    bad[field] = "must be at most " + std::to_string(max) + " characters";
  }
}

}  // namespace

Result<std::vector<IdentifierView>> IdentifierService::list(const Principal& who, int64_t case_id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read cases"));
  // A write transaction: showing a person's identifier is audited.
  return store::write_value<std::vector<IdentifierView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<IdentifierView>> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        FL_ASSIGN_OR_RETURN(auto rows, tx.identifiers().list_for_case(case_id));
        std::vector<IdentifierView> out;
        std::set<int64_t> shown;
        for (domain::CaseIdentifier& i : rows) {
          IdentifierView v;
          if (i.person_id) {
            FL_ASSIGN_OR_RETURN(v.victim, is_victim(tx, *i.person_id));
            v.masked = !may_see(who, v.victim);
          }
          if (v.masked) {
            i.value.clear();
            i.qualifier.clear();
            i.key.clear();
            i.note.clear();
          } else if (i.person_id) {
            shown.insert(*i.person_id);
          }
          v.identifier = std::move(i);
          out.push_back(std::move(v));
        }
        for (int64_t person : shown) {
          FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.identity.read", "person",
                                                     std::to_string(person), audit::Outcome::kOk,
                                                     {{"via", "identifiers"}, {"case", case_id}})));
        }
        return out;
      });
}

Result<IdentifierView> add_identifier_in(store::Transaction& tx, const Principal& who, const Clock& clock,
                                         int64_t case_id, const domain::IdentifierDraft& draft) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "add identifiers"));
  FieldErrors bad;
  std::string key;
  if (!draft.kind) {
    bad["kind"] = "is required";
  }
  if (text::is_blank(draft.value)) {
    bad["value"] = "is required";
  }
  check_length("value", draft.value, kMaxValue, bad);
  check_length("qualifier", draft.qualifier, kMaxQualifier, bad);
  check_length("note", draft.note, kMaxNote, bad);
  if (draft.kind && bad.count("value") == 0 && bad.count("qualifier") == 0) {
    auto k = graph::identifier_key(*draft.kind, draft.value, draft.qualifier);
    if (k.ok()) {
      key = std::move(k).value();
    } else {
      for (const auto& [field, reason] : k.error().fields) {
        bad[field] = reason;
      }
    }
  }
  FL_TRY(discard_value(open_case(tx, who, case_id)));
  IdentifierView v;
  if (draft.person_id) {
    FL_ASSIGN_OR_RETURN(auto people, tx.persons().list_for_case(case_id));
    bool on_case = false;
    for (const auto& cp : people) {
      on_case = on_case || cp.person.id == *draft.person_id;
    }
    if (!on_case) {
      bad["person_id"] = "is not a person of this case";
    } else {
      FL_ASSIGN_OR_RETURN(v.victim, is_victim(tx, *draft.person_id));
    }
  }
  if (!bad.empty()) {
    return Error::invalid("the identifier has invalid fields", bad);
  }
  if (draft.person_id && !may_see(who, v.victim)) {
    return Error::denied("your role may not record this person's identifying data");
  }
  FL_ASSIGN_OR_RETURN(auto existing, tx.identifiers().list_for_case(case_id));
  for (const auto& e : existing) {
    if (e.kind == *draft.kind && e.key == key && e.person_id == draft.person_id) {
      return Error::conflict("the case already has this identifier (identifier " + std::to_string(e.id) + ")");
    }
  }
  domain::CaseIdentifier& i = v.identifier;
  i.case_id = case_id;
  i.kind = *draft.kind;
  i.value = draft.value;
  i.qualifier = draft.qualifier;
  i.key = key;
  i.note = draft.note;
  i.person_id = draft.person_id;
  i.created_by = who.user_id;
  i.created_at = clock.now();
  FL_ASSIGN_OR_RETURN(i.id, tx.identifiers().insert(i));
  nlohmann::json detail = {{"case", case_id}, {"kind", domain::identifier_kind_name(i.kind)}};
  if (i.person_id) {
    detail["person"] = *i.person_id;
  }
  FL_TRY(store::append_audit(tx, audit_entry(who, clock, "identifier.create", "identifier", std::to_string(i.id),
                                             audit::Outcome::kOk, detail)));
  return v;
}

Result<IdentifierView> IdentifierService::add(const Principal& who, int64_t case_id,
                                              const domain::IdentifierDraft& draft) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "add identifiers"));
  auto added = store::write_value<IdentifierView>(store_, [&](store::Transaction& tx) {
    return add_identifier_in(tx, who, clock_, case_id, draft);
  });
  if (added.ok()) {
    notify(case_id);
  }
  return added;
}

Status IdentifierService::remove(const Principal& who, int64_t case_id, int64_t identifier_id) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "remove identifiers"));
  Status removed = store_.write([&](store::Transaction& tx) -> Status {
    FL_TRY(discard_value(open_case(tx, who, case_id)));
    auto found = tx.identifiers().get(identifier_id);
    if (!found.ok() || found->case_id != case_id) {
      return Error::not_found("identifier " + std::to_string(identifier_id) + " not found on this case");
    }
    if (found->person_id) {
      FL_ASSIGN_OR_RETURN(bool victim, is_victim(tx, *found->person_id));
      if (!may_see(who, victim)) {
        return Error::denied("your role may not remove this person's identifying data");
      }
    }
    FL_TRY(tx.identifiers().remove(identifier_id));
    return store::append_audit(tx, audit_entry(who, clock_, "identifier.delete", "identifier",
                                               std::to_string(identifier_id), audit::Outcome::kOk,
                                               {{"case", case_id},
                                                {"kind", domain::identifier_kind_name(found->kind)}}));
  });
  if (removed.ok()) {
    notify(case_id);
  }
  return removed;
}

}  // namespace frontline::service
