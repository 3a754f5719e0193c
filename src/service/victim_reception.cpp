// Reception of returned victims (victim_service.hpp): the hand-over by a
// foreign agency at a border gate, the returnees' immediate needs, and the
// start of the case — recorded in one transaction.
#include "domain/workflow.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/person_validation.hpp"
#include "service/victim_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxPersons = 50;

bool unit_in_scope(const Principal& who, const domain::UnitInfo& unit) {
  return domain::sees_all_units(who.roles) || who.is_system() ||
         unit.path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

// Copies `own` into `bad` with every name prefixed.
void add_prefixed(const FieldErrors& own, const std::string& prefix, FieldErrors& bad) {
  for (const auto& [field, reason] : own) {
    bad[prefix + field] = reason;
  }
}

// The receiving unit: a border gate or border post in the caller's units.
Result<std::optional<domain::UnitInfo>> check_receiving_unit(store::Transaction& tx, const Principal& who,
                                                             const std::string& code, FieldErrors& bad) {
  if (code.empty()) {
    bad["unit_code"] = "is required";
    return std::optional<domain::UnitInfo>();
  }
  FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit(code));
  if (!unit) {
    bad["unit_code"] = "unknown unit '" + code + "'";
  } else if (!unit_in_scope(who, *unit)) {
    bad["unit_code"] = "unit '" + code + "' is outside your units";
  } else if (unit->kind != "border_gate" && unit->kind != "border_post") {
    bad["unit_code"] = "must be a border gate or border post";
  } else {
    return unit;
  }
  return std::optional<domain::UnitInfo>();
}

Status check_handover(store::Transaction& tx, const Principal& who, const ReceptionInput& in, TimePoint now,
                      FieldErrors& bad) {
  if (in.handover_country.empty()) {
    bad["handover_country"] = "is required";
  } else if (in.handover_country == "VN") {
    bad["handover_country"] = "must be the foreign country handing the persons over";
  } else {
    FL_ASSIGN_OR_RETURN(bool known, tx.reference().country_exists(in.handover_country));
    if (!known) {
      bad["handover_country"] = "unknown country code '" + in.handover_country + "'";
    }
  }
  if (text::is_blank(in.handover_agency) || text::code_points(in.handover_agency) > 200) {
    bad["handover_agency"] = "must be 1 to 200 characters";
  }
  if (in.handed_over_at && *in.handed_over_at > now) {
    bad["handed_over_at"] = "cannot be in the future";
  }
  if (in.receiving_officer_id) {
    auto officer = tx.users().get(*in.receiving_officer_id);
    bool ok = officer.ok() && !officer->disabled;
    if (ok) {
      FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, tx.reference().get_unit(officer->unit_id));
      ok = unit_in_scope(who, unit);
    }
    if (!ok) {
      bad["receiving_officer_id"] = "no such active officer in your units";
    }
  }
  if (text::code_points(in.notes) > 5000) {
    bad["notes"] = "at most 5,000 characters";
  }
  return {};
}

Status check_persons(store::Transaction& tx, const std::vector<ReceivedPersonInput>& persons, TimePoint now,
                     FieldErrors& bad) {
  if (persons.empty()) {
    bad["persons"] = "at least one person is required";
  } else if (persons.size() > kMaxPersons) {
    bad["persons"] = "at most 50 items";
  }
  for (size_t i = 0; i < persons.size() && i < kMaxPersons; ++i) {
    const auto& p = persons[i];
    FieldErrors own;
    check_identity(p.person.identity, true, now, own);
    FL_TRY(check_person_codes(tx, p.person.nationality, p.person.home_province, own));
    if (text::code_points(p.needs_note) > 2000) {
      own["needs_note"] = "at most 2,000 characters";
    }
    add_prefixed(own, "persons[" + std::to_string(i) + "].", bad);
  }
  return {};
}

}  // namespace

Result<domain::Reception> VictimService::receive(const Principal& who, const ReceptionInput& in) {
  FL_TRY(require(who, domain::Permission::kReceptionWrite, "record receptions"));
  if (in.new_case) {
    FL_TRY(require(who, domain::Permission::kCaseCreate, "create cases"));
  }
  const TimePoint now = clock_.now();
  auto received = store::write_value<domain::Reception>(store_, [&](store::Transaction& tx) -> Result<domain::Reception> {
    FieldErrors bad;
    FL_ASSIGN_OR_RETURN(auto unit, check_receiving_unit(tx, who, in.unit_code, bad));
    FL_TRY(check_handover(tx, who, in, now, bad));
    FL_TRY(check_persons(tx, in.persons, now, bad));
    std::optional<domain::Case> existing;
    std::optional<CasePlacement> placement;
    domain::CaseDraft case_draft;
    if (in.case_id && in.new_case) {
      bad["case"] = "give case_id or case, not both";
    } else if (in.case_id) {
      auto c = case_in_scope(tx, who, *in.case_id);
      if (!c.ok()) {
        bad["case_id"] = "no such case in your units";
      } else if (domain::is_final(c->status)) {
        bad["case_id"] = "the case is closed";
      } else {
        existing = std::move(c).value();
      }
    } else if (in.new_case) {
      case_draft = *in.new_case;
      if (case_draft.unit_code.empty()) {
        case_draft.unit_code = in.unit_code;  // the case starts at the receiving gate
      }
      FL_ASSIGN_OR_RETURN(placement, check_new_case(tx, who, case_draft, now, bad, "case."));
    } else {
      bad["case"] = "is required (or case_id of an open case)";
    }
    if (!bad.empty()) {
      return Error::invalid("the reception has invalid fields", bad);
    }
    if (placement) {
      FL_ASSIGN_OR_RETURN(existing, insert_new_case(tx, who, clock_, case_draft, *placement, now));
    }
    domain::Reception r;
    r.case_id = existing->id;
    r.case_number = existing->number;
    r.unit_id = unit->id;
    r.unit_code = unit->code;
    r.handover_country = in.handover_country;
    r.handover_agency = in.handover_agency;
    r.handed_over_at = in.handed_over_at.value_or(now);
    r.receiving_officer_id = in.receiving_officer_id.value_or(who.user_id);
    r.notes = in.notes;
    r.created_by = who.user_id;
    r.created_at = now;
    for (const auto& p : in.persons) {
      FL_ASSIGN_OR_RETURN(domain::Person added, insert_linked_person(tx, who, clock_, p.person, r.case_id,
                                                                     domain::PersonRole::kVictim, now));
      r.persons.push_back({added.id, p.needs, p.needs_note});
    }
    FL_ASSIGN_OR_RETURN(r.id, tx.victims().insert_reception(r));
    domain::TimelineEvent ev;
    ev.case_id = r.case_id;
    ev.occurred_at = r.handed_over_at;
    ev.kind = domain::EventKind::kReception;
    ev.description = r.handover_agency;
    ev.location = unit->name;
    ev.created_by = who.user_id;
    ev.created_at = now;
    FL_TRY(discard_value(tx.events().insert(ev)));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "reception.create", "reception", std::to_string(r.id),
                                               audit::Outcome::kOk,
                                               {{"case", r.case_id},
                                                {"unit", r.unit_code},
                                                {"persons", r.persons.size()},
                                                {"country", r.handover_country}})));
    return r;
  });
  if (received.ok() && sink_ != nullptr) {
    for (const auto& p : received->persons) {
      sink_->person_changed(p.person_id);
    }
  }
  return received;
}

Result<domain::Reception> VictimService::get_reception(const Principal& who, int64_t reception_id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read receptions"));
  return store::read_value<domain::Reception>(store_, [&](store::Transaction& tx) -> Result<domain::Reception> {
    FL_ASSIGN_OR_RETURN(domain::Reception r, tx.victims().get_reception(reception_id));
    FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, tx.reference().get_unit(r.unit_id));
    if (!unit_in_scope(who, unit) && !case_in_scope(tx, who, r.case_id).ok()) {
      return Error::not_found("reception " + std::to_string(reception_id) + " not found");
    }
    return r;
  });
}

Result<ReceptionPage> VictimService::list_receptions(const Principal& who, int64_t offset, int64_t limit) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read receptions"));
  if (limit < 1 || limit > 200) {
    return Error::invalid_field("limit", "must be 1 to 200");
  }
  if (offset < 0) {
    return Error::invalid_field("offset", "must be 0 or more");
  }
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  return store::read_value<ReceptionPage>(store_, [&](store::Transaction& tx) -> Result<ReceptionPage> {
    FL_ASSIGN_OR_RETURN(auto page, tx.victims().list_receptions(scope, offset, limit));
    return ReceptionPage{std::move(page.first), page.second};
  });
}

}  // namespace frontline::service
