// JSON shapes of support organizations, referrals and the Art. 37 checklist
// (documented in openapi.json), and their request parsers, which collect
// every bad field. A referral names its victim only by person_id.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/referral.hpp"
#include "service/dashboard.hpp"
#include "util/result.hpp"

namespace frontline::http {

nlohmann::json support_org_json(const domain::SupportOrganization& o);
nlohmann::json referral_json(const domain::Referral& r);
nlohmann::json entitlement_json(const domain::Entitlement& e);
// One item of the dashboard's overdue_referrals.items.
nlohmann::json overdue_referral_json(const domain::Referral& r);
// One item of the dashboard's victims_without_referral.items.
nlohmann::json unreferred_victim_json(const store::UnreferredVictim& v);
// Sets "overdue_referrals" and "victims_without_referral" of a dashboard body
// (null for roles that may not read referrals).
void add_referral_digests(const service::Dashboard& d, nlohmann::json& body);

Result<domain::SupportOrgDraft> parse_support_org_draft(const nlohmann::json& body);
Result<domain::SupportOrgPatch> parse_support_org_patch(const nlohmann::json& body);
// Query of GET /support-organizations: type, province, service, q, active.
Result<domain::SupportOrgFilter> parse_support_org_filter(const std::multimap<std::string, std::string>& query);
Result<domain::ReferralDraft> parse_referral_draft(const nlohmann::json& body);
Result<domain::ReferralPatch> parse_referral_patch(const nlohmann::json& body);
// Query of GET /referrals: status, overdue (true|false), offset, limit.
struct ReferralQuery {
  domain::ReferralFilter filter;
  bool overdue = false;
};
Result<ReferralQuery> parse_referral_query(const std::multimap<std::string, std::string>& query);
// Body of PUT /persons/{id}/entitlements/{item}: status, date, note.
Result<domain::Entitlement> parse_entitlement(const nlohmann::json& body, domain::EntitlementItem item);

}  // namespace frontline::http
