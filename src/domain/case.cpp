#include "domain/case.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<CaseStatus, 8> kStatusNames{{{
    {CaseStatus::kReported, "reported"},
    {CaseStatus::kUnderVerification, "under_verification"},
    {CaseStatus::kUnderInvestigation, "under_investigation"},
    {CaseStatus::kTransferredToProcuracy, "transferred_to_procuracy"},
    {CaseStatus::kProsecuted, "prosecuted"},
    {CaseStatus::kClosed, "closed"},
    {CaseStatus::kDismissed, "dismissed"},
    {CaseStatus::kMerged, "merged"},
}}};

constexpr EnumNames<TraffickingForm, 6> kFormNames{{{
    {TraffickingForm::kSexualExploitation, "sexual_exploitation"},
    {TraffickingForm::kForcedLabour, "forced_labour"},
    {TraffickingForm::kForcedCriminality, "forced_criminality"},
    {TraffickingForm::kForcedMarriage, "forced_marriage"},
    {TraffickingForm::kOrganRemoval, "organ_removal"},
    {TraffickingForm::kOther, "other"},
}}};

constexpr EnumNames<RecruitmentChannel, 6> kChannelNames{{{
    {RecruitmentChannel::kOnlinePlatform, "online_platform"},
    {RecruitmentChannel::kBroker, "broker"},
    {RecruitmentChannel::kAcquaintance, "acquaintance"},
    {RecruitmentChannel::kRelative, "relative"},
    {RecruitmentChannel::kOther, "other"},
    {RecruitmentChannel::kUnknown, "unknown"},
}}};

}  // namespace

const char* case_status_name(CaseStatus s) { return kStatusNames.name(s); }
std::optional<CaseStatus> parse_case_status(const std::string& name) { return kStatusNames.parse(name); }
std::vector<std::string> case_status_names() { return kStatusNames.names(); }
const char* trafficking_form_name(TraffickingForm f) { return kFormNames.name(f); }
std::optional<TraffickingForm> parse_trafficking_form(const std::string& name) { return kFormNames.parse(name); }
std::vector<std::string> trafficking_form_names() { return kFormNames.names(); }
const char* recruitment_channel_name(RecruitmentChannel c) { return kChannelNames.name(c); }
std::optional<RecruitmentChannel> parse_recruitment_channel(const std::string& name) {
  return kChannelNames.parse(name);
}
std::vector<std::string> recruitment_channel_names() { return kChannelNames.names(); }

std::string format_case_number(const std::string& province_code, int year, int64_t sequence) {
  std::string seq = std::to_string(sequence);
  if (seq.size() < 4) {
    seq.insert(0, 4 - seq.size(), '0');
  }
  return province_code + "-" + std::to_string(year) + "-" + seq;
}

}  // namespace frontline::domain
