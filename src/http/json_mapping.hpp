// JSON shapes of the API (documented in openapi.json): domain types to JSON,
// and request bodies to domain drafts. Parsing collects every bad field.
#pragma once

#include <nlohmann/json.hpp>

#include "audit/audit.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"
#include "domain/record.hpp"
#include "domain/user.hpp"
#include "http/json_input.hpp"
#include "service/case_service.hpp"
#include "service/dashboard.hpp"
#include "service/user_service.hpp"

namespace frontline::http {

nlohmann::json case_json(const domain::Case& c);
// A case as listed: every field of case_json but `summary`, which a list
// carries only as `summary_excerpt` (pages stay small on a weak link; the
// full text is one GET /cases/{id} away).
inline constexpr size_t kSummaryExcerptPoints = 160;
nlohmann::json case_list_item_json(const domain::Case& c);
nlohmann::json case_page_json(const domain::CasePage& page, int64_t offset, int64_t limit);
nlohmann::json person_json(const service::PersonView& v);
nlohmann::json event_json(const domain::TimelineEvent& e);
// One item of the dashboard's recent_activity.
nlohmann::json activity_item_json(const service::ActivityItem& a);
nlohmann::json evidence_json(const domain::EvidenceItem& e);
nlohmann::json user_json(const domain::User& u);
nlohmann::json audit_entry_json(const audit::Entry& e);

Result<domain::CaseDraft> parse_case_draft(const nlohmann::json& body);
// The fields of a new case, for bodies that carry one nested ("case" of a reception).
extern const std::set<std::string> kCaseDraftFields;
void read_case_draft(FieldReader& r, domain::CaseDraft& d);
// The fields of an "identity" object, read whole for a new person or
// watchlist entry (`name` says whether full_name is required).
extern const std::set<std::string> kIdentityFields;
void read_identity(FieldReader& r, domain::PersonIdentity& id, Need name);
// An ISO alpha-2 code read from `name` ("" when absent), refused unless two letters.
std::string country_code(FieldReader& r, const std::string& name);
// Reads the optional fields of an "identity" object in a patch into `p`
// (a PersonPatch, or a WatchlistEntryPatch whose identity phone is a member
// of another name: `phone`).
template <typename Patch>
void read_identity_patch(FieldReader& in, Patch& p, std::optional<std::string> Patch::*phone) {
  p.full_name = in.text("full_name", Need::kOptional, 200);
  p.aliases = in.text_list("aliases", Need::kOptional, 10, 200);
  p.date_of_birth = in.text("date_of_birth", Need::kOptional, 10);
  p.citizen_id = in.text("citizen_id", Need::kOptional, 12);
  p.passport_number = in.text("passport_number", Need::kOptional, 20);
  p.*phone = in.text("phone", Need::kOptional, 30);
  p.address = in.text("address", Need::kOptional, 500);
  p.notes = in.text("notes", Need::kOptional, 5000);
}
// The fields of a new person ("identity", "sex", "nationality", "home_province").
extern const std::set<std::string> kPersonDraftFields;
void read_person_draft(FieldReader& r, domain::PersonDraft& d);
Result<domain::CasePatch> parse_case_patch(const nlohmann::json& body);
// Query parameters of GET /cases.
Result<domain::CaseFilter> parse_case_filter(const std::multimap<std::string, std::string>& query);
// A new person and their role on the case; or a link of an existing person
// when the body has "person_id" (then only "role" may accompany it).
struct PersonOnCase {
  std::optional<int64_t> person_id;
  domain::PersonDraft draft;
  domain::PersonRole role = domain::PersonRole::kWitness;
};
Result<PersonOnCase> parse_person_on_case(const nlohmann::json& body);
Result<domain::PersonPatch> parse_person_patch(const nlohmann::json& body);
Result<domain::EventDraft> parse_event_draft(const nlohmann::json& body);
Result<service::NewUser> parse_new_user(const nlohmann::json& body);
Result<service::UserPatch> parse_user_patch(const nlohmann::json& body);

// PATCH /me: the caller's own preferences; `language` is required.
struct MePatch {
  std::string language;
};
Result<MePatch> parse_me_patch(const nlohmann::json& body);

}  // namespace frontline::http
