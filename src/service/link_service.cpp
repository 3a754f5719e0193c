// Reviewing cross-case link proposals, merging duplicates and undoing merges
// (link_service.hpp).
#include "service/link_service.hpp"

#include <set>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/referral_service.hpp"

namespace frontline::service {
namespace {

constexpr int64_t kMaxLimit = 100;

bool in_units(const Principal& who, const std::string& unit_path) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

Result<LinkPerson> link_person(store::Transaction& tx, const Principal& who, int64_t person_id) {
  std::optional<store::LinkedPerson> linked;
  FL_TRY(tx.persons().scan_linked(
      [&](const store::LinkedPerson& lp) {
        linked = lp;
        return false;
      },
      person_id));
  if (!linked) {
    FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(person_id));
    linked = store::LinkedPerson{std::move(p), {}};
  }
  LinkPerson out;
  const domain::Person& p = linked->person;
  out.person_id = p.id;
  std::set<std::string> contact;
  for (const store::PersonCaseLink& l : linked->links) {
    out.victim = out.victim || l.role == domain::PersonRole::kVictim;
    if (in_units(who, l.unit_path)) {
      out.cases.push_back({l.case_id, l.case_number, l.role});
    } else {
      contact.insert(l.unit_code);
    }
  }
  out.contact_units.assign(contact.begin(), contact.end());
  out.in_scope = !out.cases.empty();
  out.pseudonym = domain::pseudonym(p.id, out.victim);
  out.sex = p.sex;
  out.birth_year = p.birth_year;
  out.nationality = p.nationality;
  const bool may_see = who.can(out.victim ? domain::Permission::kVictimIdentityRead
                                          : domain::Permission::kPersonIdentityRead);
  out.masked = !out.in_scope || !may_see;
  if (!out.masked) {
    out.full_name = p.identity.full_name;
    out.date_of_birth = p.identity.date_of_birth;
  }
  FL_ASSIGN_OR_RETURN(out.merged_into, tx.links().merged_into(p.id));
  return out;
}

Status audit_shown(store::Transaction& tx, const Principal& who, const Clock& clock, const std::vector<int64_t>& shown) {
  for (int64_t id : std::set<int64_t>(shown.begin(), shown.end())) {
    FL_TRY(store::append_audit(tx, audit_entry(who, clock, "person.identity.read", "person", std::to_string(id),
                                               audit::Outcome::kOk, {{"via", "links"}})));
  }
  return {};
}

}  // namespace

Result<LinkView> LinkService::view(store::Transaction& tx, const Principal& who, const domain::LinkProposal& p,
                                   std::vector<int64_t>& shown) {
  LinkView v;
  v.proposal = p;
  FL_ASSIGN_OR_RETURN(v.a, link_person(tx, who, p.person_a));
  FL_ASSIGN_OR_RETURN(v.b, link_person(tx, who, p.person_b));
  v.actionable = v.a.in_scope && v.b.in_scope &&
                 (p.status == domain::LinkStatus::kOpen || p.status == domain::LinkStatus::kConfirmed);
  for (const LinkPerson* side : {&v.a, &v.b}) {
    if (!side->masked) {
      shown.push_back(side->person_id);
    }
  }
  return v;
}

Result<LinkViewPage> LinkService::list(const Principal& who, const domain::LinkFilter& filter) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  FieldErrors bad;
  if (filter.offset < 0) {
    bad["offset"] = "must not be negative";
  }
  if (filter.limit < 1 || filter.limit > kMaxLimit) {
    bad["limit"] = "must be 1 to 100";
  }
  if (!bad.empty()) {
    return Error::invalid("the link query has invalid fields", bad);
  }
  return store::write_value<LinkViewPage>(store_, [&](store::Transaction& tx) -> Result<LinkViewPage> {
    FL_ASSIGN_OR_RETURN(domain::LinkPage page, tx.links().proposals(filter, unit_scope(who)));
    LinkViewPage out;
    out.total = page.total;
    std::vector<int64_t> shown;
    for (const domain::LinkProposal& p : page.items) {
      FL_ASSIGN_OR_RETURN(LinkView v, view(tx, who, p, shown));
      out.items.push_back(std::move(v));
    }
    FL_TRY(audit_shown(tx, who, clock_, shown));
    return out;
  });
}

Result<LinkView> LinkService::get(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  return store::write_value<LinkView>(store_, [&](store::Transaction& tx) -> Result<LinkView> {
    FL_ASSIGN_OR_RETURN(domain::LinkProposal p, tx.links().get_proposal(id));
    std::vector<int64_t> shown;
    FL_ASSIGN_OR_RETURN(LinkView v, view(tx, who, p, shown));
    if (!v.a.in_scope && !v.b.in_scope) {
      return Error::not_found("link proposal " + std::to_string(id) + " not found");
    }
    FL_TRY(audit_shown(tx, who, clock_, shown));
    return v;
  });
}

Result<LinkView> LinkService::review(const Principal& who, int64_t id, const std::string& decision,
                                     std::optional<int64_t> expected_version) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  auto status = domain::parse_link_status(decision);
  if (!status || (*status != domain::LinkStatus::kConfirmed && *status != domain::LinkStatus::kRejected)) {
    return Error::invalid_field("decision", "must be one of: confirmed, rejected");
  }
  return store::write_value<LinkView>(store_, [&](store::Transaction& tx) -> Result<LinkView> {
    FL_ASSIGN_OR_RETURN(domain::LinkProposal p, tx.links().get_proposal(id));
    std::vector<int64_t> shown;
    FL_ASSIGN_OR_RETURN(LinkView v, view(tx, who, p, shown));
    if (!v.a.in_scope && !v.b.in_scope) {
      return Error::not_found("link proposal " + std::to_string(id) + " not found");
    }
    if (!v.a.in_scope || !v.b.in_scope) {
      return Error::denied("both persons must be on cases of your units to review this link");
    }
    if (p.status != domain::LinkStatus::kOpen) {
      return Error::conflict("link proposal " + std::to_string(id) + " was already reviewed");
    }
    if (expected_version && *expected_version != p.version) {
      return Error::conflict("link proposal " + std::to_string(id) + " was changed by someone else; reload and try again");
    }
    p.status = *status;
    p.reviewed_by = who.user_id;
    p.reviewed_at = clock_.now();
    p.version += 1;
    FL_TRY(tx.links().update_proposal(p));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "link.review", "link_proposal", std::to_string(id),
                                               audit::Outcome::kOk,
                                               {{"decision", decision},
                                                {"kind", domain::link_kind_name(p.kind)},
                                                {"persons", {p.person_a, p.person_b}}})));
    FL_TRY(audit_shown(tx, who, clock_, shown));
    v.proposal = p;
    v.actionable = p.status == domain::LinkStatus::kConfirmed;
    return v;
  });
}

Result<domain::PersonMerge> LinkService::merge(const Principal& who, int64_t proposal_id, int64_t survivor_id) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  auto merged = store::write_value<domain::PersonMerge>(store_, [&](store::Transaction& tx) -> Result<domain::PersonMerge> {
    FL_ASSIGN_OR_RETURN(domain::LinkProposal p, tx.links().get_proposal(proposal_id));
    const store::CaseScope scope = unit_scope(who);
    FL_ASSIGN_OR_RETURN(bool a_in, tx.links().person_in_scope(p.person_a, scope));
    FL_ASSIGN_OR_RETURN(bool b_in, tx.links().person_in_scope(p.person_b, scope));
    if (!a_in && !b_in) {
      return Error::not_found("link proposal " + std::to_string(proposal_id) + " not found");
    }
    if (p.kind != domain::LinkKind::kDuplicatePerson) {
      return Error::conflict("only a proposed duplicate can be merged; persons sharing an identifier stay apart");
    }
    if (p.status != domain::LinkStatus::kOpen && p.status != domain::LinkStatus::kConfirmed) {
      return Error::conflict("link proposal " + std::to_string(proposal_id) + " is " +
                             domain::link_status_name(p.status) + "; only an open or confirmed one can be merged");
    }
    if (!a_in || !b_in) {
      return Error::denied("both persons must be on cases of your units to merge them");
    }
    if (survivor_id != p.person_a && survivor_id != p.person_b) {
      return Error::invalid_field("survivor_id", "must be one of the two persons of the proposal");
    }
    const int64_t gone = survivor_id == p.person_a ? p.person_b : p.person_a;
    FL_ASSIGN_OR_RETURN(domain::PersonMerge m,
                        tx.links().merge_persons(survivor_id, gone, proposal_id, who.user_id, clock_.now()));
    p.status = domain::LinkStatus::kMerged;
    p.reviewed_by = who.user_id;
    p.reviewed_at = clock_.now();
    p.merge_id = m.id;
    p.version += 1;
    FL_TRY(tx.links().update_proposal(p));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.merge", "person", std::to_string(survivor_id),
                                               audit::Outcome::kOk,
                                               {{"merge", m.id}, {"merged", gone}, {"proposal", proposal_id}})));
    return m;
  });
  if (merged.ok() && index_ != nullptr) {
    index_->person_changed(merged->survivor_id);
    index_->person_changed(merged->merged_id);
  }
  return merged;
}

Result<domain::PersonMerge> LinkService::undo(const Principal& who, int64_t merge_id) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  auto undone = store::write_value<domain::PersonMerge>(store_, [&](store::Transaction& tx) -> Result<domain::PersonMerge> {
    FL_ASSIGN_OR_RETURN(domain::PersonMerge m, tx.links().get_merge(merge_id));
    FL_ASSIGN_OR_RETURN(bool in, tx.links().person_in_scope(m.survivor_id, unit_scope(who)));
    if (!in) {
      return Error::not_found("person merge " + std::to_string(merge_id) + " not found");
    }
    FL_TRY(tx.links().undo_merge(merge_id, who.user_id, clock_.now()));
    if (m.proposal_id != 0) {
      FL_ASSIGN_OR_RETURN(domain::LinkProposal p, tx.links().get_proposal(m.proposal_id));
      p.status = domain::LinkStatus::kRejected;  // not the same person after all: not proposed again
      p.reviewed_by = who.user_id;
      p.reviewed_at = clock_.now();
      p.version += 1;
      FL_TRY(tx.links().update_proposal(p));
    }
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.merge.undo", "person",
                                               std::to_string(m.survivor_id), audit::Outcome::kOk,
                                               {{"merge", merge_id}, {"merged", m.merged_id}})));
    return tx.links().get_merge(merge_id);
  });
  if (undone.ok() && index_ != nullptr) {
    index_->person_changed(undone->survivor_id);
    index_->person_changed(undone->merged_id);
  }
  return undone;
}

Result<std::vector<domain::PersonMerge>> LinkService::merges_of(const Principal& who, int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kLinkReview, "review cross-case links"));
  return store::read_value<std::vector<domain::PersonMerge>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::PersonMerge>> {
        // A merged person has no case left: it is in scope through its survivor.
        FL_ASSIGN_OR_RETURN(std::optional<int64_t> into, tx.links().merged_into(person_id));
        FL_ASSIGN_OR_RETURN(bool in, tx.links().person_in_scope(into.value_or(person_id), unit_scope(who)));
        if (!in) {
          return Error::not_found("person " + std::to_string(person_id) + " not found");
        }
        return tx.links().merges_of(person_id);
      });
}

}  // namespace frontline::service
