#include "domain/referral.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<SupportOrgType, 8> kOrgTypeNames{{{
    {SupportOrgType::kSocialProtectionCentre, "social_protection_centre"},
    {SupportOrgType::kHealth, "health"},
    {SupportOrgType::kLegalAid, "legal_aid"},
    {SupportOrgType::kShelter, "shelter"},
    {SupportOrgType::kPsychosocial, "psychosocial"},
    {SupportOrgType::kVocationalTraining, "vocational_training"},
    {SupportOrgType::kIom, "iom"},
    {SupportOrgType::kNgo, "ngo"},
}}};

constexpr EnumNames<SupportService, 10> kServiceNames{{{
    {SupportService::kEssentialNeeds, "essential_needs"},
    {SupportService::kMedicalCare, "medical_care"},
    {SupportService::kPsychologicalSupport, "psychological_support"},
    {SupportService::kLegalAid, "legal_aid"},
    {SupportService::kEducationVocationalTraining, "education_vocational_training"},
    {SupportService::kEmploymentCounselling, "employment_counselling"},
    {SupportService::kInitialHardshipAllowance, "initial_hardship_allowance"},
    {SupportService::kShelter, "shelter"},
    {SupportService::kRepatriationTravel, "repatriation_travel"},
    {SupportService::kOther, "other"},
}}};

constexpr EnumNames<ConsentStatus, 3> kConsentNames{{{
    {ConsentStatus::kGiven, "given"},
    {ConsentStatus::kRefused, "refused"},
    {ConsentStatus::kWithdrawn, "withdrawn"},
}}};

constexpr EnumNames<ReferralStatus, 6> kStatusNames{{{
    {ReferralStatus::kProposed, "proposed"},
    {ReferralStatus::kSent, "sent"},
    {ReferralStatus::kAccepted, "accepted"},
    {ReferralStatus::kInProgress, "in_progress"},
    {ReferralStatus::kCompleted, "completed"},
    {ReferralStatus::kDeclined, "declined"},
}}};

// Law 53/2024/QH15 Art. 37, in the order of the law.
constexpr EnumNames<EntitlementItem, 9> kItemNames{{{
    {EntitlementItem::kEssentialNeedsAndTravel, "essential_needs_and_travel"},
    {EntitlementItem::kMedicalCare, "medical_care"},
    {EntitlementItem::kPsychologicalSupport, "psychological_support"},
    {EntitlementItem::kLegalAid, "legal_aid"},
    {EntitlementItem::kEducationVocationalTraining, "education_vocational_training"},
    {EntitlementItem::kEmploymentCounselling, "employment_counselling"},
    {EntitlementItem::kInitialHardshipAllowance, "initial_hardship_allowance"},
    {EntitlementItem::kLoanSupport, "loan_support"},
    {EntitlementItem::kHealthInsuranceFirstYear, "health_insurance_first_year"},
}}};

constexpr EnumNames<EntitlementStatus, 4> kEntitlementStatusNames{{{
    {EntitlementStatus::kNotAssessed, "not_assessed"},
    {EntitlementStatus::kNotNeeded, "not_needed"},
    {EntitlementStatus::kNeeded, "needed"},
    {EntitlementStatus::kProvided, "provided"},
}}};

using S = ReferralStatus;

struct Move {
  S from;
  S to;
};

// The whole referral workflow as data.
constexpr Move kMoves[] = {
    {S::kProposed, S::kSent},       {S::kProposed, S::kDeclined},   {S::kSent, S::kAccepted},
    {S::kSent, S::kDeclined},       {S::kAccepted, S::kInProgress}, {S::kAccepted, S::kDeclined},
    {S::kInProgress, S::kCompleted},   {S::kInProgress, S::kDeclined},
};

}  // namespace

const char* support_org_type_name(SupportOrgType t) { return kOrgTypeNames.name(t); }
std::optional<SupportOrgType> parse_support_org_type(const std::string& name) { return kOrgTypeNames.parse(name); }
std::vector<std::string> support_org_type_names() { return kOrgTypeNames.names(); }
const char* support_service_name(SupportService s) { return kServiceNames.name(s); }
std::optional<SupportService> parse_support_service(const std::string& name) { return kServiceNames.parse(name); }
std::vector<std::string> support_service_names() { return kServiceNames.names(); }
const char* consent_status_name(ConsentStatus s) { return kConsentNames.name(s); }
std::optional<ConsentStatus> parse_consent_status(const std::string& name) { return kConsentNames.parse(name); }
std::vector<std::string> consent_status_names() { return kConsentNames.names(); }
const char* referral_status_name(ReferralStatus s) { return kStatusNames.name(s); }
std::optional<ReferralStatus> parse_referral_status(const std::string& name) { return kStatusNames.parse(name); }
std::vector<std::string> referral_status_names() { return kStatusNames.names(); }
const char* entitlement_item_name(EntitlementItem i) { return kItemNames.name(i); }
std::optional<EntitlementItem> parse_entitlement_item(const std::string& name) { return kItemNames.parse(name); }
std::vector<std::string> entitlement_item_names() { return kItemNames.names(); }
std::vector<EntitlementItem> all_entitlement_items() { return kItemNames.values(); }
const char* entitlement_status_name(EntitlementStatus s) { return kEntitlementStatusNames.name(s); }
std::optional<EntitlementStatus> parse_entitlement_status(const std::string& name) {
  return kEntitlementStatusNames.parse(name);
}
std::vector<std::string> entitlement_status_names() { return kEntitlementStatusNames.names(); }

std::vector<ReferralStatus> next_referral_statuses(ReferralStatus from) {
  std::vector<ReferralStatus> out;
  for (const auto& m : kMoves) {
    if (m.from == from) {
      out.push_back(m.to);
    }
  }
  return out;
}

bool is_allowed_referral_move(ReferralStatus from, ReferralStatus to) {
  for (const auto& m : kMoves) {
    if (m.from == from && m.to == to) {
      return true;
    }
  }
  return false;
}

bool is_final_referral(ReferralStatus s) { return s == S::kCompleted || s == S::kDeclined; }

bool needs_consent(ReferralStatus to) { return to != S::kProposed && to != S::kDeclined; }

std::vector<ReferralStatus> offered_referral_moves(ReferralStatus from, ConsentStatus consent) {
  std::vector<ReferralStatus> out;
  for (auto to : next_referral_statuses(from)) {
    if (consent == ConsentStatus::kGiven || !needs_consent(to)) {
      out.push_back(to);
    }
  }
  return out;
}

}  // namespace frontline::domain
