// Persons on cases: adding, linking, viewing (with need-to-know masking and
// an audit entry for every identity shown) and editing.
#include "domain/workflow.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/person_validation.hpp"

namespace frontline::service {
namespace {

bool may_see_identity(const Principal& who, bool is_victim) {
  return who.can(is_victim ? domain::Permission::kVictimIdentityRead : domain::Permission::kPersonIdentityRead);
}

bool any_victim_link(const std::vector<std::pair<int64_t, domain::PersonRole>>& links) {
  for (const auto& [case_id, role] : links) {
    if (role == domain::PersonRole::kVictim) {
      return true;
    }
  }
  return false;
}

// Fills or masks the identity of `view` and audits the view when shown.
Status present(store::Transaction& tx, const Principal& who, const Clock& clock, PersonView& view, bool is_victim,
               int64_t via_case) {
  view.victim = is_victim;
  if (!may_see_identity(who, is_victim)) {
    view.person.identity = domain::PersonIdentity{};
    view.masked = true;
    return {};
  }
  nlohmann::json detail = nlohmann::json::object();
  if (via_case != 0) {
    detail["case"] = via_case;
  }
  return store::append_audit(tx, audit_entry(who, clock, "person.identity.read", "person",
                                             std::to_string(view.person.id), audit::Outcome::kOk, detail));
}

Result<domain::Case> open_case_for_people(store::Transaction& tx, const Principal& who, int64_t case_id) {
  FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, case_id));
  if (domain::is_final(c.status)) {
    return Error::conflict("case " + c.number + " is " + domain::case_status_name(c.status) +
                           "; persons can no longer change");
  }
  return c;
}

}  // namespace

Result<domain::Person> insert_linked_person(store::Transaction& tx, const Principal& who, const Clock& clock,
                                            const domain::PersonDraft& draft, int64_t case_id,
                                            domain::PersonRole role, TimePoint now) {
  domain::Person p;
  p.identity = draft.identity;
  p.sex = draft.sex.value_or(domain::Sex::kUnknown);
  p.birth_year = domain::partial_date_year(draft.identity.date_of_birth);
  p.nationality = draft.nationality;
  p.home_province = draft.home_province;
  p.created_at = now;
  p.updated_at = now;
  FL_ASSIGN_OR_RETURN(p.id, tx.persons().insert(p));
  FL_TRY(tx.persons().link(case_id, p.id, role, now));
  FL_TRY(store::append_audit(tx, audit_entry(who, clock, "person.create", "person", std::to_string(p.id),
                                             audit::Outcome::kOk,
                                             {{"case", case_id}, {"role", domain::person_role_name(role)}})));
  return p;
}

Result<PersonView> CaseService::add_person(const Principal& who, int64_t case_id, const domain::PersonDraft& draft,
                                           domain::PersonRole role) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "add persons"));
  const TimePoint now = clock_.now();
  auto added = store::write_value<PersonView>(store_, [&](store::Transaction& tx) -> Result<PersonView> {
    FL_TRY(discard_value(open_case_for_people(tx, who, case_id)));
    FieldErrors bad;
    check_identity(draft.identity, true, now, bad);
    FL_TRY(check_person_codes(tx, draft.nationality, draft.home_province, bad));
    if (!bad.empty()) {
      return Error::invalid("the person has invalid fields", bad);
    }
    PersonView view;
    FL_ASSIGN_OR_RETURN(view.person, insert_linked_person(tx, who, clock_, draft, case_id, role, now));
    view.role = role;
    view.cases = {{case_id, role}};
    view.victim = role == domain::PersonRole::kVictim;
    // The creator typed the identity in; echo it back only if their role may see it.
    if (!may_see_identity(who, role == domain::PersonRole::kVictim)) {
      view.person.identity = domain::PersonIdentity{};
      view.masked = true;
    }
    return view;
  });
  if (added.ok()) {
    notify(added->person.id);
  }
  return added;
}

Result<PersonView> CaseService::link_person(const Principal& who, int64_t case_id, int64_t person_id,
                                            domain::PersonRole role) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "link persons"));
  const TimePoint now = clock_.now();
  auto linked = store::write_value<PersonView>(store_, [&](store::Transaction& tx) -> Result<PersonView> {
    FL_TRY(discard_value(open_case_for_people(tx, who, case_id)));
    // The person must already be visible to the caller through some case.
    FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
    bool visible = false;
    for (const auto& [other_case, r] : links) {
      visible = visible || case_in_scope(tx, who, other_case).ok();
    }
    if (!visible) {
      return Error::invalid_field("person_id", "no such person in your units");
    }
    FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(person_id));
    FL_TRY(tx.persons().link(case_id, person_id, role, now));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.link", "person", std::to_string(person_id),
                                               audit::Outcome::kOk,
                                               {{"case", case_id}, {"role", domain::person_role_name(role)}})));
    links.emplace_back(case_id, role);
    PersonView view{std::move(p), role, false, links};
    FL_TRY(present(tx, who, clock_, view, any_victim_link(links), case_id));
    return view;
  });
  if (linked.ok()) {
    notify(person_id);
  }
  return linked;
}

Status CaseService::unlink_person(const Principal& who, int64_t case_id, int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "remove persons from cases"));
  Status unlinked = store_.write([&](store::Transaction& tx) -> Status {
    FL_TRY(discard_value(open_case_for_people(tx, who, case_id)));
    FL_TRY(tx.persons().unlink(case_id, person_id));
    return store::append_audit(tx, audit_entry(who, clock_, "person.unlink", "person", std::to_string(person_id),
                                               audit::Outcome::kOk, {{"case", case_id}}));
  });
  if (unlinked.ok()) {
    notify(person_id);
  }
  return unlinked;
}

Result<std::vector<PersonView>> CaseService::list_persons(const Principal& who, int64_t case_id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read cases"));
  // A write transaction: showing identities appends audit entries.
  return store::write_value<std::vector<PersonView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<PersonView>> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        FL_ASSIGN_OR_RETURN(auto linked, tx.persons().list_for_case(case_id));
        std::vector<PersonView> out;
        for (auto& cp : linked) {
          FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(cp.person.id));
          PersonView view{std::move(cp.person), cp.role, false, {}};
          FL_TRY(present(tx, who, clock_, view, any_victim_link(links), case_id));
          out.push_back(std::move(view));
        }
        return out;
      });
}

Result<PersonView> CaseService::get_person(const Principal& who, int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read persons"));
  return store::write_value<PersonView>(store_, [&](store::Transaction& tx) -> Result<PersonView> {
    FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
    std::vector<std::pair<int64_t, domain::PersonRole>> visible;
    for (const auto& link : links) {
      if (case_in_scope(tx, who, link.first).ok()) {
        visible.push_back(link);
      }
    }
    if (visible.empty()) {
      return Error::not_found("person " + std::to_string(person_id) + " not found");
    }
    FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(person_id));
    PersonView view{std::move(p), std::nullopt, false, visible};
    FL_TRY(present(tx, who, clock_, view, any_victim_link(links), 0));
    return view;
  });
}

Result<PersonView> CaseService::update_person(const Principal& who, int64_t person_id,
                                              const domain::PersonPatch& patch) {
  FL_TRY(require(who, domain::Permission::kPersonWrite, "edit persons"));
  const TimePoint now = clock_.now();
  auto updated = store::write_value<PersonView>(store_, [&](store::Transaction& tx) -> Result<PersonView> {
    FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
    bool visible = false;
    for (const auto& link : links) {
      visible = visible || case_in_scope(tx, who, link.first).ok();
    }
    if (!visible) {
      return Error::not_found("person " + std::to_string(person_id) + " not found");
    }
    const bool is_victim = any_victim_link(links);
    if (!may_see_identity(who, is_victim)) {
      return Error::denied("your role may not edit this person's identity");
    }
    FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(person_id));
    if (patch.expected_version && *patch.expected_version != p.version) {
      return Error::conflict("person " + std::to_string(person_id) + " has changed; reload and try again");
    }
    FieldChanges changes;
    changes.apply_identity(patch, &domain::PersonPatch::phone, p.identity, "");
    changes.apply(patch.sex, p.sex, "sex");
    changes.apply(patch.nationality, p.nationality, "nationality");
    changes.apply(patch.home_province, p.home_province, "home_province");
    FieldErrors bad;
    check_identity(p.identity, true, now, bad);
    FL_TRY(check_person_codes(tx, p.nationality, p.home_province, bad));
    if (!bad.empty()) {
      return Error::invalid("the person has invalid fields", bad);
    }
    if (!changes.empty()) {
      p.birth_year = domain::partial_date_year(p.identity.date_of_birth);
      p.updated_at = now;
      p.version += 1;
      FL_TRY(tx.persons().update(p));
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.update", "person", std::to_string(p.id),
                                                 audit::Outcome::kOk, {{"changed", changes.names()}})));
    }
    return PersonView{std::move(p), std::nullopt, false, links, is_victim};
  });
  if (updated.ok()) {
    notify(person_id);
  }
  return updated;
}

}  // namespace frontline::service
