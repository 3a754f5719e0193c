#include "domain/victim.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<ScreeningStatus, 2> kScreeningStatusNames{{{
    {ScreeningStatus::kDraft, "draft"},
    {ScreeningStatus::kCompleted, "completed"},
}}};

constexpr EnumNames<LegalStatus, 4> kLegalStatusNames{{{
    {LegalStatus::kScreeningPending, "screening_pending"},
    {LegalStatus::kBeingVerified, "being_verified"},
    {LegalStatus::kIdentifiedVictim, "identified_victim"},
    {LegalStatus::kNotIdentified, "not_identified"},
}}};

constexpr EnumNames<ImmediateNeed, 10> kNeedNames{{{
    {ImmediateNeed::kFoodWater, "food_water"},
    {ImmediateNeed::kMedicalCare, "medical_care"},
    {ImmediateNeed::kShelter, "shelter"},
    {ImmediateNeed::kClothing, "clothing"},
    {ImmediateNeed::kInterpretation, "interpretation"},
    {ImmediateNeed::kPsychologicalSupport, "psychological_support"},
    {ImmediateNeed::kFamilyContact, "family_contact"},
    {ImmediateNeed::kChildProtection, "child_protection"},
    {ImmediateNeed::kTravelHome, "travel_home"},
    {ImmediateNeed::kOther, "other"},
}}};

}  // namespace

const char* screening_status_name(ScreeningStatus s) { return kScreeningStatusNames.name(s); }
std::optional<ScreeningStatus> parse_screening_status(const std::string& name) {
  return kScreeningStatusNames.parse(name);
}
std::vector<std::string> screening_status_names() { return kScreeningStatusNames.names(); }

const char* legal_status_name(LegalStatus s) { return kLegalStatusNames.name(s); }
std::optional<LegalStatus> parse_legal_status(const std::string& name) { return kLegalStatusNames.parse(name); }
std::vector<std::string> legal_status_names() { return kLegalStatusNames.names(); }

const char* immediate_need_name(ImmediateNeed n) { return kNeedNames.name(n); }
std::optional<ImmediateNeed> parse_immediate_need(const std::string& name) { return kNeedNames.parse(name); }
std::vector<std::string> immediate_need_names() { return kNeedNames.names(); }

}  // namespace frontline::domain
