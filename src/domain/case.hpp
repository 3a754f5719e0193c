// Trafficking cases: plain types and their vocabularies. Stable API names for
// every enum live in case.cpp (one table each).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

enum class CaseStatus {
  kReported,
  kUnderVerification,
  kUnderInvestigation,
  kTransferredToProcuracy,
  kProsecuted,
  kClosed,
  kDismissed,
  kMerged,
};

enum class TraffickingForm {
  kSexualExploitation,
  kForcedLabour,
  kForcedCriminality,  // including online scam centres
  kForcedMarriage,
  kOrganRemoval,
  kOther,
};

enum class RecruitmentChannel { kOnlinePlatform, kBroker, kAcquaintance, kRelative, kOther, kUnknown };

const char* case_status_name(CaseStatus s);
std::optional<CaseStatus> parse_case_status(const std::string& name);
std::vector<std::string> case_status_names();
const char* trafficking_form_name(TraffickingForm f);
std::optional<TraffickingForm> parse_trafficking_form(const std::string& name);
std::vector<std::string> trafficking_form_names();
const char* recruitment_channel_name(RecruitmentChannel c);
std::optional<RecruitmentChannel> parse_recruitment_channel(const std::string& name);
std::vector<std::string> recruitment_channel_names();

// Where victims were taken from, through and to. Countries are ISO alpha-2.
struct Route {
  std::string origin_country;
  std::vector<std::string> transit_countries;
  std::string destination_country;
  std::string border_crossing;  // name of the crossing point or gate, free text
};

struct Recruitment {
  RecruitmentChannel channel = RecruitmentChannel::kUnknown;
  std::string platform;       // online platform when channel is online: "facebook", "zalo", ...
  std::string platform_name;  // group, page or account name seen
};

struct Case {
  int64_t id = 0;
  std::string number;  // "LS-2026-0042"
  std::string title;
  std::string summary;
  CaseStatus status = CaseStatus::kReported;
  TraffickingForm trafficking_form = TraffickingForm::kOther;
  int64_t unit_id = 0;
  std::string unit_code;       // filled on read
  std::string province_code;   // current or former province code
  std::string reported_on;     // "YYYY-MM-DD", local date of the first report
  Route route;
  Recruitment recruitment;
  std::optional<int64_t> merged_into;  // set when status is merged
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;  // bumped on every change; optimistic concurrency
};

// A new case as submitted. Fields not given are empty; validation decides.
struct CaseDraft {
  std::string title;
  std::string summary;
  std::optional<TraffickingForm> trafficking_form;
  std::string unit_code;      // empty: the creator's own unit
  std::string province_code;  // empty: the unit's province
  std::string reported_on;    // empty: today
  Route route;
  Recruitment recruitment;
};

// A partial update: only fields that are set change.
struct CasePatch {
  std::optional<std::string> title;
  std::optional<std::string> summary;
  std::optional<TraffickingForm> trafficking_form;
  std::optional<std::string> province_code;
  std::optional<std::string> reported_on;
  std::optional<Route> route;
  std::optional<Recruitment> recruitment;
  std::optional<int64_t> expected_version;  // 409 when it differs from the stored one
};

struct CaseFilter {
  std::vector<CaseStatus> statuses;
  std::string unit_code;      // this unit and the units below it
  std::string province_code;  // a current province also matches its former parts
  std::optional<TraffickingForm> trafficking_form;
  std::string reported_from;  // inclusive "YYYY-MM-DD"
  std::string reported_to;    // inclusive
  std::string text;           // free text over number, title, summary, route and recruitment
  int64_t offset = 0;
  int64_t limit = 20;
};

// "LS-2026-0042": province code, local year, sequence (at least 4 digits).
std::string format_case_number(const std::string& province_code, int year, int64_t sequence);

struct CasePage {
  std::vector<Case> items;
  int64_t total = 0;
};

}  // namespace frontline::domain
