// Tests for domain/referral: the names of every vocabulary round-trip, the
// referral workflow as a table of every (from, to) pair, and which moves are
// offered while the victim's consent is not given.
#include "domain/referral.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace frontline::domain {
namespace {

using S = ReferralStatus;

template <typename Parse, typename Name>
void expect_round_trip(const std::vector<std::string>& names, Parse parse, Name name) {
  EXPECT_FALSE(names.empty());
  for (const auto& n : names) {
    auto v = parse(n);
    ASSERT_TRUE(v.has_value()) << n;
    EXPECT_EQ(name(*v), n);
  }
  EXPECT_FALSE(parse("no_such_name").has_value());
}

TEST(ReferralTest, NamesRoundTrip) {
  expect_round_trip(support_org_type_names(), parse_support_org_type, support_org_type_name);
  expect_round_trip(support_service_names(), parse_support_service, support_service_name);
  expect_round_trip(consent_status_names(), parse_consent_status, consent_status_name);
  expect_round_trip(referral_status_names(), parse_referral_status, referral_status_name);
  expect_round_trip(entitlement_item_names(), parse_entitlement_item, entitlement_item_name);
  expect_round_trip(entitlement_status_names(), parse_entitlement_status, entitlement_status_name);
  EXPECT_EQ(support_org_type_names().size(), 8u);
  EXPECT_EQ(support_service_names().size(), 10u);
  EXPECT_EQ(referral_status_names().size(), 6u);
}

TEST(ReferralTest, EntitlementsAreTheNineItemsOfArticle37InOrder) {
  EXPECT_EQ(entitlement_item_names(),
            (std::vector<std::string>{"essential_needs_and_travel", "medical_care", "psychological_support", "legal_aid",
                                      "education_vocational_training", "employment_counselling",
                                      "initial_hardship_allowance", "loan_support", "health_insurance_first_year"}));
  EXPECT_EQ(all_entitlement_items().size(), 9u);
}

struct MoveCase {
  S from;
  std::set<S> allowed;
};

TEST(ReferralTest, WorkflowAsATable) {
  const std::vector<MoveCase> table = {
      {S::kProposed, {S::kSent, S::kDeclined}},
      {S::kSent, {S::kAccepted, S::kDeclined}},
      {S::kAccepted, {S::kInProgress, S::kDeclined}},
      {S::kInProgress, {S::kCompleted, S::kDeclined}},
      {S::kCompleted, {}},
      {S::kDeclined, {}},
  };
  for (const auto& row : table) {
    const auto next = next_referral_statuses(row.from);
    EXPECT_EQ(std::set<S>(next.begin(), next.end()), row.allowed) << referral_status_name(row.from);
    for (const auto& name : referral_status_names()) {
      S to = *parse_referral_status(name);
      EXPECT_EQ(is_allowed_referral_move(row.from, to), row.allowed.count(to) == 1)
          << referral_status_name(row.from) << " -> " << name;
    }
    EXPECT_EQ(is_final_referral(row.from), row.allowed.empty()) << referral_status_name(row.from);
  }
}

TEST(ReferralTest, WithoutConsentOnlyDecliningIsOffered) {
  for (const auto& name : referral_status_names()) {
    S from = *parse_referral_status(name);
    EXPECT_EQ(offered_referral_moves(from, ConsentStatus::kGiven), next_referral_statuses(from)) << name;
    for (auto consent : {ConsentStatus::kRefused, ConsentStatus::kWithdrawn}) {
      for (S to : offered_referral_moves(from, consent)) {
        EXPECT_EQ(to, S::kDeclined) << name;
      }
    }
  }
  EXPECT_EQ(offered_referral_moves(S::kSent, ConsentStatus::kWithdrawn), std::vector<S>{S::kDeclined});
  EXPECT_EQ(offered_referral_moves(S::kInProgress, ConsentStatus::kWithdrawn), std::vector<S>{S::kDeclined});
  EXPECT_TRUE(offered_referral_moves(S::kCompleted, ConsentStatus::kWithdrawn).empty());
  EXPECT_FALSE(needs_consent(S::kDeclined));
  EXPECT_TRUE(needs_consent(S::kSent));
  EXPECT_TRUE(needs_consent(S::kCompleted));
}

}  // namespace
}  // namespace frontline::domain
