// Tests for domain/workflow: the edge table (every pair of statuses is
// checked against the documented workflow), the allowed-next list of each
// status, final states, and which roles may take which edges.
#include "domain/workflow.hpp"

#include <gtest/gtest.h>

#include <set>
#include <utility>
#include <vector>

namespace frontline::domain {
namespace {

using S = CaseStatus;
using R = Role;

const std::vector<S> kAllStatuses = {S::kReported,   S::kUnderVerification, S::kUnderInvestigation,
                                     S::kTransferredToProcuracy, S::kProsecuted, S::kClosed,
                                     S::kDismissed, S::kMerged};

// The workflow table of workflow.cpp, written out independently. (workflow.hpp
// says `merged` may follow "any open state", but the table, and so this list,
// allows it only up to under_investigation; these tests hold the table.)
const std::set<std::pair<S, S>> kExpectedEdges = {
    {S::kReported, S::kUnderVerification},
    {S::kReported, S::kDismissed},
    {S::kReported, S::kMerged},
    {S::kUnderVerification, S::kUnderInvestigation},
    {S::kUnderVerification, S::kDismissed},
    {S::kUnderVerification, S::kMerged},
    {S::kUnderInvestigation, S::kTransferredToProcuracy},
    {S::kUnderInvestigation, S::kDismissed},
    {S::kUnderInvestigation, S::kMerged},
    {S::kTransferredToProcuracy, S::kProsecuted},
    {S::kTransferredToProcuracy, S::kDismissed},
    {S::kProsecuted, S::kClosed},
};

// Edges that reach the procuracy and court stages (or leave them).
const std::set<std::pair<S, S>> kInvestigatorEdges = {
    {S::kUnderInvestigation, S::kTransferredToProcuracy},
    {S::kUnderInvestigation, S::kDismissed},
    {S::kUnderInvestigation, S::kMerged},
    {S::kTransferredToProcuracy, S::kProsecuted},
    {S::kTransferredToProcuracy, S::kDismissed},
    {S::kProsecuted, S::kClosed},
};

std::string edge_name(S from, S to) { return std::string(case_status_name(from)) + " -> " + case_status_name(to); }

TEST(WorkflowTest, EveryPairOfStatusesMatchesTheTable) {
  int allowed = 0;
  for (S from : kAllStatuses) {
    for (S to : kAllStatuses) {
      const bool expected = kExpectedEdges.count({from, to}) > 0;
      EXPECT_EQ(is_allowed_transition(from, to), expected) << edge_name(from, to);
      allowed += expected ? 1 : 0;
    }
  }
  EXPECT_EQ(allowed, 12);
}

TEST(WorkflowTest, SampleOfForbiddenMoves) {
  EXPECT_FALSE(is_allowed_transition(S::kReported, S::kReported));
  EXPECT_FALSE(is_allowed_transition(S::kReported, S::kUnderInvestigation));  // no skipping verification
  EXPECT_FALSE(is_allowed_transition(S::kReported, S::kClosed));
  EXPECT_FALSE(is_allowed_transition(S::kUnderInvestigation, S::kUnderVerification));  // no going back
  EXPECT_FALSE(is_allowed_transition(S::kProsecuted, S::kDismissed));  // too late to dismiss
  EXPECT_FALSE(is_allowed_transition(S::kTransferredToProcuracy, S::kMerged));
  EXPECT_FALSE(is_allowed_transition(S::kClosed, S::kReported));
  EXPECT_FALSE(is_allowed_transition(S::kDismissed, S::kUnderVerification));
  EXPECT_FALSE(is_allowed_transition(S::kMerged, S::kReported));
}

TEST(WorkflowTest, NextStatusesInWorkflowOrder) {
  EXPECT_EQ(next_statuses(S::kReported), (std::vector<S>{S::kUnderVerification, S::kDismissed, S::kMerged}));
  EXPECT_EQ(next_statuses(S::kUnderVerification),
            (std::vector<S>{S::kUnderInvestigation, S::kDismissed, S::kMerged}));
  EXPECT_EQ(next_statuses(S::kUnderInvestigation),
            (std::vector<S>{S::kTransferredToProcuracy, S::kDismissed, S::kMerged}));
  EXPECT_EQ(next_statuses(S::kTransferredToProcuracy), (std::vector<S>{S::kProsecuted, S::kDismissed}));
  EXPECT_EQ(next_statuses(S::kProsecuted), (std::vector<S>{S::kClosed}));
  EXPECT_TRUE(next_statuses(S::kClosed).empty());
  EXPECT_TRUE(next_statuses(S::kDismissed).empty());
  EXPECT_TRUE(next_statuses(S::kMerged).empty());
}

TEST(WorkflowTest, NextStatusesAgreeWithIsAllowed) {
  for (S from : kAllStatuses) {
    for (S to : next_statuses(from)) {
      EXPECT_TRUE(is_allowed_transition(from, to)) << edge_name(from, to);
    }
  }
}

TEST(WorkflowTest, FinalStatesAreClosedDismissedMerged) {
  for (S s : kAllStatuses) {
    const bool expected = s == S::kClosed || s == S::kDismissed || s == S::kMerged;
    EXPECT_EQ(is_final(s), expected) << case_status_name(s);
    EXPECT_EQ(next_statuses(s).empty(), expected) << case_status_name(s);
  }
}

TEST(WorkflowTest, InvestigatorsAndCommandersMayTakeEveryEdge) {
  for (const auto& [from, to] : kExpectedEdges) {
    EXPECT_TRUE(may_transition({R::kInvestigator}, from, to)) << edge_name(from, to);
    EXPECT_TRUE(may_transition({R::kCommander}, from, to)) << edge_name(from, to);
  }
}

TEST(WorkflowTest, FrontlineOfficersOnlyTakeEarlyEdges) {
  for (const auto& [from, to] : kExpectedEdges) {
    const bool expected = kInvestigatorEdges.count({from, to}) == 0;
    EXPECT_EQ(may_transition({R::kFrontlineOfficer}, from, to), expected) << edge_name(from, to);
  }
}

TEST(WorkflowTest, RolesWithoutTransitionRightTakeNoEdge) {
  for (R role : {R::kVictimSupport, R::kAnalyst, R::kTrainer, R::kPartnerLiaison, R::kAdmin}) {
    for (const auto& [from, to] : kExpectedEdges) {
      EXPECT_FALSE(may_transition({role}, from, to)) << role_name(role) << " " << edge_name(from, to);
    }
  }
  EXPECT_FALSE(may_transition({}, S::kReported, S::kUnderVerification));
}

TEST(WorkflowTest, NoRoleMayTakeAForbiddenMove) {
  const std::set<R> everyone = {R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport, R::kCommander,
                                R::kAnalyst, R::kTrainer, R::kPartnerLiaison, R::kAdmin};
  EXPECT_FALSE(may_transition(everyone, S::kReported, S::kClosed));
  EXPECT_FALSE(may_transition(everyone, S::kClosed, S::kReported));
  EXPECT_FALSE(may_transition(everyone, S::kProsecuted, S::kDismissed));
}

TEST(WorkflowTest, CombinedRolesUnion) {
  // A frontline officer who is also an investigator may transfer to the procuracy.
  EXPECT_TRUE(may_transition({R::kFrontlineOfficer, R::kInvestigator}, S::kUnderInvestigation,
                             S::kTransferredToProcuracy));
  // Victim support plus analyst still has no transition right.
  EXPECT_FALSE(may_transition({R::kVictimSupport, R::kAnalyst}, S::kReported, S::kUnderVerification));
}

}  // namespace
}  // namespace frontline::domain
