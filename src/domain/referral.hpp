// Protection and referral of victims: the directory of support organizations,
// referrals of a victim to one of them for a service (with the victim's
// consent, HTCDS `con_`), the referral workflow, and the checklist of the
// support a victim is entitled to under Law 53/2024/QH15 Art. 37. Plain types
// and rules; no store, no HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

enum class SupportOrgType {
  kSocialProtectionCentre,
  kHealth,
  kLegalAid,
  kShelter,
  kPsychosocial,
  kVocationalTraining,
  kIom,
  kNgo,
};

// What a referral asks an organization to provide.
enum class SupportService {
  kEssentialNeeds,
  kMedicalCare,
  kPsychologicalSupport,
  kLegalAid,
  kEducationVocationalTraining,
  kEmploymentCounselling,
  kInitialHardshipAllowance,
  kShelter,
  kRepatriationTravel,
  kOther,
};

enum class ConsentStatus { kGiven, kRefused, kWithdrawn };

// proposed → sent → accepted → in_progress → completed, with declined (the
// organization declines, or the referral is closed: the victim withdrew their
// consent, support stopped) from every open state. completed and declined are
// final.
enum class ReferralStatus { kProposed, kSent, kAccepted, kInProgress, kCompleted, kDeclined };

// Law 53/2024/QH15 Art. 37: the support a victim may receive.
enum class EntitlementItem {
  kEssentialNeedsAndTravel,
  kMedicalCare,
  kPsychologicalSupport,
  kLegalAid,
  kEducationVocationalTraining,
  kEmploymentCounselling,
  kInitialHardshipAllowance,
  kLoanSupport,
  kHealthInsuranceFirstYear,
};

enum class EntitlementStatus { kNotAssessed, kNotNeeded, kNeeded, kProvided };

const char* support_org_type_name(SupportOrgType t);
std::optional<SupportOrgType> parse_support_org_type(const std::string& name);
std::vector<std::string> support_org_type_names();
const char* support_service_name(SupportService s);
std::optional<SupportService> parse_support_service(const std::string& name);
std::vector<std::string> support_service_names();
const char* consent_status_name(ConsentStatus s);
std::optional<ConsentStatus> parse_consent_status(const std::string& name);
std::vector<std::string> consent_status_names();
const char* referral_status_name(ReferralStatus s);
std::optional<ReferralStatus> parse_referral_status(const std::string& name);
std::vector<std::string> referral_status_names();
const char* entitlement_item_name(EntitlementItem i);
std::optional<EntitlementItem> parse_entitlement_item(const std::string& name);
std::vector<std::string> entitlement_item_names();
// Every item in the order of Art. 37.
std::vector<EntitlementItem> all_entitlement_items();
const char* entitlement_status_name(EntitlementStatus s);
std::optional<EntitlementStatus> parse_entitlement_status(const std::string& name);
std::vector<std::string> entitlement_status_names();

struct SupportOrganization {
  int64_t id = 0;
  SupportOrgType type = SupportOrgType::kNgo;
  std::string name;     // Vietnamese
  std::string name_en;  // may be empty
  std::vector<std::string> provinces;  // current province codes served
  std::string address;
  std::string phone;
  std::string email;
  std::string contact_person;
  std::vector<SupportService> services;
  bool active = true;
  std::string notes;
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;
};

struct SupportOrgDraft {
  std::optional<SupportOrgType> type;
  std::string name;
  std::string name_en;
  std::vector<std::string> provinces;
  std::string address;
  std::string phone;
  std::string email;
  std::string contact_person;
  std::vector<SupportService> services;
  bool active = true;
  std::string notes;
};

struct SupportOrgPatch {
  std::optional<SupportOrgType> type;
  std::optional<std::string> name;
  std::optional<std::string> name_en;
  std::optional<std::vector<std::string>> provinces;
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> contact_person;
  std::optional<std::vector<SupportService>> services;
  std::optional<bool> active;
  std::optional<std::string> notes;
  std::optional<int64_t> expected_version;
};

struct SupportOrgFilter {
  std::optional<SupportOrgType> type;
  std::string province;  // a current province code; "" for any
  std::optional<SupportService> service;
  std::string q;          // folded (text::fold) words of the name; "" for any
  bool active_only = false;
};

// The victim's consent to be referred (HTCDS con_).
struct Consent {
  ConsentStatus status = ConsentStatus::kGiven;
  std::string date;         // "YYYY-MM-DD"
  int64_t recorded_by = 0;  // user id
};

struct Referral {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t case_id = 0;
  int64_t organization_id = 0;
  SupportService service = SupportService::kOther;
  Consent consent;
  ReferralStatus status = ReferralStatus::kProposed;
  std::string due_date;  // "YYYY-MM-DD" or ""
  std::string outcome;
  std::string notes;
  int64_t created_by = 0;
  TimePoint created_at;
  int64_t updated_by = 0;
  TimePoint updated_at;
  int64_t version = 1;
  // Filled when read, for display; not stored with the referral.
  std::string case_number;
  std::string organization_name;
};

struct ReferralDraft {
  int64_t case_id = 0;
  int64_t organization_id = 0;
  std::optional<SupportService> service;
  std::optional<ConsentStatus> consent_status;
  std::string consent_date;  // "" for today
  std::string due_date;
  std::string notes;
};

struct ReferralPatch {
  std::optional<ReferralStatus> status;
  std::optional<ConsentStatus> consent_status;
  std::optional<std::string> consent_date;
  std::optional<std::string> due_date;  // "" clears it
  std::optional<std::string> outcome;
  std::optional<std::string> notes;
  std::optional<int64_t> expected_version;
};

struct ReferralFilter {
  std::optional<ReferralStatus> status;
  std::string overdue_on;  // "YYYY-MM-DD": only open referrals due before it; "" for any
  int64_t person_id = 0;   // 0: any
  int64_t offset = 0;
  int64_t limit = 50;
};

struct ReferralPage {
  std::vector<Referral> items;
  int64_t total = 0;
};

// One item of a victim's Art. 37 checklist; never stored as not_assessed
// with nothing else, so a missing row reads as not assessed.
struct Entitlement {
  EntitlementItem item = EntitlementItem::kEssentialNeedsAndTravel;
  EntitlementStatus status = EntitlementStatus::kNotAssessed;
  std::string date;  // "YYYY-MM-DD" or ""
  std::string note;
  int64_t updated_by = 0;
  std::optional<TimePoint> updated_at;  // nullopt when never assessed
};

// The statuses that may follow `from` in the workflow, in order.
std::vector<ReferralStatus> next_referral_statuses(ReferralStatus from);
bool is_allowed_referral_move(ReferralStatus from, ReferralStatus to);
// True for completed and declined.
bool is_final_referral(ReferralStatus s);
// True when reaching `to` needs the victim's consent to be "given" (every
// state but proposed and declined: a refused or withdrawn consent leaves
// only declining).
bool needs_consent(ReferralStatus to);
// The moves offered for a referral: the workflow's, without those that need
// consent when it is not given.
std::vector<ReferralStatus> offered_referral_moves(ReferralStatus from, ConsentStatus consent);

}  // namespace frontline::domain
