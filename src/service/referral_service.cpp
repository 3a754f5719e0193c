// Referrals of victims and their Art. 37 checklists (ReferralService, part 2).
#include "service/referral_service.hpp"

#include <algorithm>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"

namespace frontline::service {
namespace {

using domain::ConsentStatus;
using domain::ReferralStatus;

// The cases in the caller's scope that link `person_id` as a victim; NotFound
// when the person is not visible through any case in scope.
Result<std::vector<int64_t>> victim_cases_in_scope(store::Transaction& tx, const Principal& who, int64_t person_id) {
  FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
  bool visible = false;
  std::vector<int64_t> out;
  for (const auto& [case_id, role] : links) {
    if (!case_in_scope(tx, who, case_id).ok()) {
      continue;
    }
    visible = true;
    if (role == domain::PersonRole::kVictim) {
      out.push_back(case_id);
    }
  }
  if (!visible) {
    return Error::not_found("person " + std::to_string(person_id) + " not found");
  }
  return out;
}

std::vector<std::string> status_names(const std::vector<ReferralStatus>& statuses) {
  std::vector<std::string> out;
  for (auto s : statuses) {
    out.emplace_back(domain::referral_status_name(s));
  }
  return out;
}

}  // namespace

Result<domain::Referral> ReferralService::refer(const Principal& who, int64_t person_id,
                                                const domain::ReferralDraft& d) {
  FL_TRY(require(who, domain::Permission::kReferralPropose, "refer victims"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Referral>(store_, [&](store::Transaction& tx) -> Result<domain::Referral> {
    FL_ASSIGN_OR_RETURN(auto victim_cases, victim_cases_in_scope(tx, who, person_id));
    FieldErrors bad;
    if (victim_cases.empty()) {
      bad["person_id"] = "is not a victim in your units";
    }
    std::string case_number;
    auto c = case_in_scope(tx, who, d.case_id);
    if (!c.ok()) {
      bad["case_id"] = "no such case in your units";
    } else if (!victim_cases.empty() &&
               std::find(victim_cases.begin(), victim_cases.end(), d.case_id) == victim_cases.end()) {
      bad["case_id"] = "does not link this person as a victim";
    } else {
      case_number = c->number;
    }
    std::string org_name;
    auto org = tx.support_orgs().get(d.organization_id);
    if (!org.ok()) {
      if (org.error().code != ErrorCode::kNotFound) {
        return std::move(org).error();
      }
      bad["organization_id"] = "no such support organization";
    } else if (!org->active) {
      bad["organization_id"] = "the support organization is inactive";
    } else {
      org_name = org->name;
    }
    if (!d.service) {
      bad["service"] = "is required";
    }
    if (!d.consent_status) {
      bad["consent.status"] = "is required";
    } else if (*d.consent_status != ConsentStatus::kGiven) {
      bad["consent.status"] = "must be given: a victim is referred only with their consent";
    }
    const std::string consent_date = d.consent_date.empty() ? today_vn(now) : d.consent_date;
    check_past_date("consent.date", consent_date, now, bad);
    if (!d.due_date.empty() && !is_valid_date(d.due_date)) {
      bad["due_date"] = "must be a date as YYYY-MM-DD";
    }
    if (!bad.empty()) {
      return Error::invalid("the referral has invalid fields", bad);
    }
    domain::Referral r;
    r.person_id = person_id;
    r.case_id = d.case_id;
    r.organization_id = d.organization_id;
    r.service = *d.service;
    r.consent = {ConsentStatus::kGiven, consent_date, who.user_id};
    r.status = ReferralStatus::kProposed;
    r.due_date = d.due_date;
    r.notes = d.notes;
    r.created_by = who.user_id;
    r.created_at = now;
    r.updated_by = who.user_id;
    r.updated_at = now;
    r.case_number = case_number;
    r.organization_name = org_name;
    FL_ASSIGN_OR_RETURN(r.id, tx.referrals().insert(r));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "referral.create", "referral", std::to_string(r.id),
                                               audit::Outcome::kOk,
                                               {{"person", person_id},
                                                {"case", r.case_id},
                                                {"organization", r.organization_id},
                                                {"service", domain::support_service_name(r.service)}})));
    return r;
  });
}

Result<std::vector<domain::Referral>> ReferralService::list_for_person(const Principal& who, int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kReferralRead, "read referrals"));
  return store::read_value<std::vector<domain::Referral>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::Referral>> {
        FL_TRY(discard_value(victim_cases_in_scope(tx, who, person_id)));
        domain::ReferralFilter f;
        f.person_id = person_id;
        f.limit = 1000;
        FL_ASSIGN_OR_RETURN(domain::ReferralPage page, tx.referrals().list(f, unit_scope(who)));
        return page.items;
      });
}

Result<domain::Referral> ReferralService::update(const Principal& who, int64_t referral_id,
                                                 const domain::ReferralPatch& patch) {
  FL_TRY(require(who, domain::Permission::kReferralWrite, "change referrals"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Referral>(store_, [&](store::Transaction& tx) -> Result<domain::Referral> {
    auto found = tx.referrals().get(referral_id);
    if (!found.ok() || !case_in_scope(tx, who, found->case_id).ok()) {
      if (!found.ok() && found.error().code != ErrorCode::kNotFound) {
        return std::move(found).error();
      }
      return Error::not_found("referral " + std::to_string(referral_id) + " not found");
    }
    domain::Referral r = std::move(found).value();
    if (patch.expected_version && *patch.expected_version != r.version) {
      return Error::conflict("referral " + std::to_string(r.id) + " has changed; reload and try again");
    }
    const ReferralStatus from = r.status;
    if (patch.status && *patch.status != from && !domain::is_allowed_referral_move(from, *patch.status)) {
      Error e = Error::conflict("referral " + std::to_string(r.id) + " cannot move from " +
                                domain::referral_status_name(from) + " to " +
                                domain::referral_status_name(*patch.status));
      e.allowed = status_names(domain::next_referral_statuses(from));
      return e;
    }
    nlohmann::json changed = nlohmann::json::array();
    FieldErrors bad;
    if (patch.consent_status || patch.consent_date) {
      if (patch.consent_status) {
        r.consent.status = *patch.consent_status;
      }
      r.consent.date = patch.consent_date.value_or(today_vn(now));
      r.consent.recorded_by = who.user_id;
      check_past_date("consent.date", r.consent.date, now, bad);
      changed.push_back("consent");
    }
    if (patch.status && *patch.status != from) {
      if (domain::needs_consent(*patch.status) && r.consent.status != ConsentStatus::kGiven) {
        bad["consent.status"] = "is " + std::string(domain::consent_status_name(r.consent.status)) +
                                "; the referral can only be declined";
      }
      r.status = *patch.status;
      changed.push_back("status");
    }
    if (patch.due_date) {
      if (!patch.due_date->empty() && !is_valid_date(*patch.due_date)) {
        bad["due_date"] = "must be a date as YYYY-MM-DD";
      }
      r.due_date = *patch.due_date;
      changed.push_back("due_date");
    }
    if (patch.outcome) {
      r.outcome = *patch.outcome;
      changed.push_back("outcome");
    }
    if (patch.notes) {
      r.notes = *patch.notes;
      changed.push_back("notes");
    }
    if (!bad.empty()) {
      return Error::invalid("the change has invalid fields", bad);
    }
    if (!changed.empty()) {
      r.updated_by = who.user_id;
      r.updated_at = now;
      r.version += 1;
      FL_TRY(tx.referrals().update(r));
      nlohmann::json detail = {{"person", r.person_id}, {"changed", changed}};
      if (r.status != from) {
        detail["status_from"] = domain::referral_status_name(from);
        detail["status_to"] = domain::referral_status_name(r.status);
      }
      if (patch.consent_status) {
        detail["consent"] = domain::consent_status_name(r.consent.status);
      }
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "referral.update", "referral", std::to_string(r.id),
                                                 audit::Outcome::kOk, detail)));
    }
    return r;
  });
}

Result<domain::ReferralPage> ReferralService::list(const Principal& who, domain::ReferralFilter filter, bool overdue) {
  FL_TRY(require(who, domain::Permission::kReferralRead, "read referrals"));
  if (overdue) {
    filter.overdue_on = today_vn(clock_.now());
  }
  return store::read_value<domain::ReferralPage>(
      store_, [&](store::Transaction& tx) { return tx.referrals().list(filter, unit_scope(who)); });
}

Result<std::vector<domain::Entitlement>> ReferralService::entitlements(const Principal& who, int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kReferralRead, "read referrals"));
  return store::read_value<std::vector<domain::Entitlement>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::Entitlement>> {
        FL_ASSIGN_OR_RETURN(auto victim_cases, victim_cases_in_scope(tx, who, person_id));
        if (victim_cases.empty()) {
          return Error::invalid_field("person_id", "is not a victim in your units");
        }
        FL_ASSIGN_OR_RETURN(auto recorded, tx.referrals().entitlements_of(person_id));
        std::vector<domain::Entitlement> out;
        for (auto item : domain::all_entitlement_items()) {
          domain::Entitlement e;
          e.item = item;
          for (const auto& r : recorded) {
            if (r.item == item) {
              e = r;
            }
          }
          out.push_back(std::move(e));
        }
        return out;
      });
}

Result<domain::Entitlement> ReferralService::set_entitlement(const Principal& who, int64_t person_id,
                                                             domain::Entitlement e) {
  FL_TRY(require(who, domain::Permission::kReferralWrite, "keep support checklists"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Entitlement>(store_, [&](store::Transaction& tx) -> Result<domain::Entitlement> {
    FL_ASSIGN_OR_RETURN(auto victim_cases, victim_cases_in_scope(tx, who, person_id));
    FieldErrors bad;
    if (victim_cases.empty()) {
      bad["person_id"] = "is not a victim in your units";
    }
    if (!e.date.empty()) {
      check_past_date("date", e.date, now, bad);
    }
    if (!bad.empty()) {
      return Error::invalid("the change has invalid fields", bad);
    }
    e.updated_by = who.user_id;
    e.updated_at = now;
    FL_TRY(tx.referrals().put_entitlement(person_id, e));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "entitlement.update", "person", std::to_string(person_id),
                                               audit::Outcome::kOk,
                                               {{"item", domain::entitlement_item_name(e.item)},
                                                {"status", domain::entitlement_status_name(e.status)}})));
    return e;
  });
}

}  // namespace frontline::service
