// Tests for domain/case and domain/record vocabularies: every enum's API
// names round trip through EnumNames, unknown names are refused, and case
// numbers have the "LS-2026-0042" shape.
#include "domain/case.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

// Checks that names() are unique and each parses back to a value whose name is itself.
template <typename E>
void expect_round_trip(const std::vector<std::string>& names, std::optional<E> (*parse)(const std::string&),
                       const char* (*name)(E)) {
  std::set<std::string> unique(names.begin(), names.end());
  EXPECT_EQ(unique.size(), names.size());
  std::set<int> values;
  for (const auto& n : names) {
    auto v = parse(n);
    ASSERT_TRUE(v.has_value()) << n;
    EXPECT_EQ(std::string(name(*v)), n);
    values.insert(static_cast<int>(*v));
  }
  EXPECT_EQ(values.size(), names.size());
  EXPECT_FALSE(parse("").has_value());
  EXPECT_FALSE(parse("no_such_value").has_value());
}

TEST(CaseNamesTest, StatusesRoundTrip) {
  expect_round_trip<CaseStatus>(case_status_names(), &parse_case_status, &case_status_name);
  EXPECT_EQ(case_status_names(),
            (std::vector<std::string>{"reported", "under_verification", "under_investigation",
                                      "transferred_to_procuracy", "prosecuted", "closed", "dismissed", "merged"}));
  EXPECT_FALSE(parse_case_status("Reported").has_value());
  EXPECT_FALSE(parse_case_status("reported ").has_value());
}

TEST(CaseNamesTest, TraffickingFormsRoundTrip) {
  expect_round_trip<TraffickingForm>(trafficking_form_names(), &parse_trafficking_form, &trafficking_form_name);
  EXPECT_EQ(trafficking_form_names().size(), 6u);
  EXPECT_EQ(parse_trafficking_form("forced_criminality"), TraffickingForm::kForcedCriminality);
  EXPECT_STREQ(trafficking_form_name(TraffickingForm::kForcedLabour), "forced_labour");
}

TEST(CaseNamesTest, RecruitmentChannelsRoundTrip) {
  expect_round_trip<RecruitmentChannel>(recruitment_channel_names(), &parse_recruitment_channel,
                                        &recruitment_channel_name);
  EXPECT_EQ(recruitment_channel_names().size(), 6u);
  EXPECT_STREQ(recruitment_channel_name(RecruitmentChannel::kOnlinePlatform), "online_platform");
}

TEST(RecordNamesTest, EventAndEvidenceKindsRoundTrip) {
  expect_round_trip<EventKind>(event_kind_names(), &parse_event_kind, &event_kind_name);
  EXPECT_EQ(event_kind_names().size(), 11u);
  EXPECT_EQ(parse_event_kind("status_change"), EventKind::kStatusChange);
  expect_round_trip<EvidenceKind>(evidence_kind_names(), &parse_evidence_kind, &evidence_kind_name);
  EXPECT_EQ(evidence_kind_names().size(), 7u);
  EXPECT_EQ(parse_evidence_kind("chat_log"), EvidenceKind::kChatLog);
}

enum class Colour { kRed, kGreen, kBlue };
constexpr EnumNames<Colour, 3> kColours{{{
    {Colour::kRed, "red"},
    {Colour::kGreen, "green"},
    {Colour::kBlue, "blue"},
}}};

TEST(EnumNamesTest, TableWorksBothWaysAndAtCompileTime) {
  static_assert(kColours.parse("green") == Colour::kGreen);
  static_assert(std::string_view(kColours.name(Colour::kBlue)) == "blue");
  EXPECT_EQ(kColours.names(), (std::vector<std::string>{"red", "green", "blue"}));
  EXPECT_EQ(kColours.values(), (std::vector<Colour>{Colour::kRed, Colour::kGreen, Colour::kBlue}));
  EXPECT_FALSE(kColours.parse("Red").has_value());
  EXPECT_STREQ(kColours.name(static_cast<Colour>(9)), "");
}

TEST(CaseNumberTest, ProvinceYearAndFourDigitSequence) {
  EXPECT_EQ(format_case_number("LS", 2026, 42), "LS-2026-0042");
  EXPECT_EQ(format_case_number("LS", 2026, 1), "LS-2026-0001");
  EXPECT_EQ(format_case_number("QN", 2025, 9999), "QN-2025-9999");
  EXPECT_EQ(format_case_number("HCM", 2027, 0), "HCM-2027-0000");
}

TEST(CaseNumberTest, SequencesPastFourDigitsGrow) {
  EXPECT_EQ(format_case_number("LS", 2026, 10000), "LS-2026-10000");
  EXPECT_EQ(format_case_number("TQ", 2026, 123456), "TQ-2026-123456");
}

TEST(CaseDefaultsTest, NewCaseIsReportedAtVersionOne) {
  Case c;
  EXPECT_EQ(c.status, CaseStatus::kReported);
  EXPECT_EQ(c.version, 1);
  EXPECT_FALSE(c.merged_into.has_value());
  CaseFilter f;
  EXPECT_EQ(f.limit, 20);
  EXPECT_EQ(f.offset, 0);
}

}  // namespace
}  // namespace frontline::domain
