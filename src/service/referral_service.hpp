// Protection and referral of victims: the directory of support organizations,
// referrals of a victim to one of them (only with the victim's consent), and
// the victim's checklist of the support of Law 53/2024/QH15 Art. 37.
//
// Permissions (domain/roles.cpp): the directory is read with case access and
// kept with kSupportDirectoryManage; referrals are read with kReferralRead,
// made with kReferralPropose and moved or edited with kReferralWrite, which
// also keeps the checklist. A victim is a person linked with role victim to a
// case in the caller's scope; referrals and checklists outside it answer
// NotFound. Every change is audited in its transaction; identities never
// appear in referrals or audit entries, only person ids. On any error nothing
// is written.
#pragma once

#include <string>
#include <vector>

#include "domain/referral.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

class ReferralService {
 public:
  ReferralService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The directory. `filter.q` is folded here; `filter.province` must be a
  // province code (InvalidArgument naming "province" otherwise).
  Result<std::vector<domain::SupportOrganization>> list_organizations(const Principal& who,
                                                                      domain::SupportOrgFilter filter);
  Result<domain::SupportOrganization> get_organization(const Principal& who, int64_t id);
  // InvalidArgument naming every bad field (provinces must be current ones).
  Result<domain::SupportOrganization> create_organization(const Principal& who, const domain::SupportOrgDraft& draft);
  Result<domain::SupportOrganization> update_organization(const Principal& who, int64_t id,
                                                          const domain::SupportOrgPatch& patch);

  // Refers victim `person_id` (through draft.case_id, which must link them as
  // victim) to an active organization; the referral starts as proposed and
  // needs consent "given" (InvalidArgument naming consent.status otherwise).
  Result<domain::Referral> refer(const Principal& who, int64_t person_id, const domain::ReferralDraft& draft);
  // The person's referrals made through cases in the caller's scope.
  Result<std::vector<domain::Referral>> list_for_person(const Principal& who, int64_t person_id);
  // A status move (Conflict with `allowed` when not in the workflow; a move
  // past proposed other than declining needs consent given), a consent
  // change, due date, outcome, notes.
  Result<domain::Referral> update(const Principal& who, int64_t referral_id, const domain::ReferralPatch& patch);
  // Referrals of the caller's units. `overdue` keeps open ones due before
  // today in Vietnam.
  Result<domain::ReferralPage> list(const Principal& who, domain::ReferralFilter filter, bool overdue);

  // Every Art. 37 item of the victim's checklist, in the order of the law
  // (items never assessed as not_assessed).
  Result<std::vector<domain::Entitlement>> entitlements(const Principal& who, int64_t person_id);
  // Records one item; `e.date` must be a date not in the future, or "".
  Result<domain::Entitlement> set_entitlement(const Principal& who, int64_t person_id, domain::Entitlement e);

 private:
  store::Store& store_;
  const Clock& clock_;
};

// The scope of the caller's units as the store takes it.
store::CaseScope unit_scope(const Principal& who);

}  // namespace frontline::service
