// Tests for domain/roles: role names, and the permission table read as the
// need-to-know rules in roles.cpp: victims' identities only for frontline
// officers, investigators and victim support; analysts read cases of every
// unit but never identities and never write; admins manage accounts and
// audit but see no case content; trainers and partner liaisons only
// reference data; anonymized statistics exports for analysts and commanders.
#include "domain/roles.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace frontline::domain {
namespace {

using P = Permission;
using R = Role;

const std::vector<R> kAllRoles = {R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport, R::kCommander,
                                  R::kAnalyst,          R::kTrainer,      R::kPartnerLiaison, R::kAdmin};

const std::vector<P> kAllPermissions = {
    P::kCaseRead,     P::kCaseCreate,    P::kCaseUpdate,    P::kCaseTransition, P::kPersonWrite,
    P::kPersonIdentityRead, P::kVictimIdentityRead, P::kEventWrite, P::kEvidenceWrite, P::kEvidenceRead,
    P::kUserManage,   P::kAuditRead,     P::kReferenceRead, P::kStatisticsExport, P::kSupportDirectoryManage,
    P::kReferralRead, P::kReferralPropose, P::kReferralWrite, P::kVictimScreen, P::kVictimIdentify,
    P::kReceptionWrite, P::kStatisticsRead, P::kWatchlistRead, P::kWatchlistManage, P::kScreen, P::kGraphRead,
    P::kLinkReview, P::kScan, P::kLeadWrite, P::kTrainingManage, P::kTrainingRead};

// The roles that hold `p`.
std::set<R> holders(P p) {
  std::set<R> out;
  for (R r : kAllRoles) {
    if (has_permission({r}, p)) {
      out.insert(r);
    }
  }
  return out;
}

TEST(RolesTest, NamesRoundTrip) {
  const auto names = all_role_names();
  ASSERT_EQ(names.size(), kAllRoles.size());
  for (R r : kAllRoles) {
    auto parsed = parse_role(role_name(r));
    ASSERT_TRUE(parsed.has_value()) << role_name(r);
    EXPECT_EQ(*parsed, r);
  }
  EXPECT_STREQ(role_name(R::kFrontlineOfficer), "frontline_officer");
  EXPECT_STREQ(role_name(R::kVictimSupport), "victim_support");
  EXPECT_STREQ(role_name(R::kPartnerLiaison), "partner_liaison");
  EXPECT_FALSE(parse_role("Admin").has_value());
  EXPECT_FALSE(parse_role("superuser").has_value());
  EXPECT_FALSE(parse_role("").has_value());
}

TEST(RolesTest, VictimIdentitiesOnlyForThoseWhoWorkWithVictims) {
  EXPECT_EQ(holders(P::kVictimIdentityRead),
            (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport}));
}

TEST(RolesTest, LinkGraphForInvestigatorsCommandersAndAnalysts) {
  EXPECT_EQ(holders(P::kGraphRead), (std::set<R>{R::kInvestigator, R::kCommander, R::kAnalyst}));
}

// Scanning posts for recruitment red flags: the officers who watch the
// channels and the HQ analysts; saving leads: not the analysts (read-only).
TEST(RolesTest, ScanningPostsAndSavingLeads) {
  EXPECT_EQ(holders(P::kScan), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kCommander, R::kAnalyst}));
  EXPECT_EQ(holders(P::kLeadWrite), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kCommander}));
}

TEST(RolesTest, OtherIdentitiesAlsoForCommanders) {
  EXPECT_EQ(holders(P::kPersonIdentityRead),
            (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport, R::kCommander}));
}

TEST(RolesTest, AnalystReadsCasesOfEveryUnitButNothingElse) {
  const std::set<R> analyst = {R::kAnalyst};
  EXPECT_TRUE(has_permission(analyst, P::kCaseRead));
  EXPECT_TRUE(has_permission(analyst, P::kReferenceRead));
  for (P p : {P::kCaseCreate, P::kCaseUpdate, P::kCaseTransition, P::kPersonWrite, P::kPersonIdentityRead,
              P::kVictimIdentityRead, P::kEventWrite, P::kEvidenceWrite, P::kEvidenceRead, P::kUserManage,
              P::kAuditRead}) {
    EXPECT_FALSE(has_permission(analyst, p)) << static_cast<int>(p);
  }
  EXPECT_TRUE(sees_all_units(analyst));
}

TEST(RolesTest, OnlyAnalystsSeeAllUnits) {
  for (R r : kAllRoles) {
    EXPECT_EQ(sees_all_units({r}), r == R::kAnalyst) << role_name(r);
  }
  EXPECT_FALSE(sees_all_units({}));
}

TEST(RolesTest, AdminManagesAccountsAndAuditButSeesNoCaseContent) {
  const std::set<R> admin = {R::kAdmin};
  EXPECT_TRUE(has_permission(admin, P::kUserManage));
  EXPECT_TRUE(has_permission(admin, P::kAuditRead));
  EXPECT_TRUE(has_permission(admin, P::kReferenceRead));
  for (P p : {P::kCaseRead, P::kCaseCreate, P::kCaseUpdate, P::kCaseTransition, P::kPersonWrite,
              P::kPersonIdentityRead, P::kVictimIdentityRead, P::kEventWrite, P::kEvidenceWrite,
              P::kEvidenceRead}) {
    EXPECT_FALSE(has_permission(admin, p)) << static_cast<int>(p);
  }
  EXPECT_FALSE(sees_all_units(admin));
}

TEST(RolesTest, AccountsAndAuditOnlyForAdmins) {
  EXPECT_EQ(holders(P::kUserManage), std::set<R>{R::kAdmin});
  EXPECT_EQ(holders(P::kAuditRead), std::set<R>{R::kAdmin});
}

TEST(RolesTest, TrainersRunTrainingAndPartnersOnlyReadReferenceData) {
  for (P p : kAllPermissions) {
    EXPECT_EQ(has_permission({R::kPartnerLiaison}, p), p == P::kReferenceRead) << static_cast<int>(p);
    EXPECT_EQ(has_permission({R::kTrainer}, p),
              p == P::kReferenceRead || p == P::kTrainingManage || p == P::kTrainingRead)
        << static_cast<int>(p);
  }
}

// docs/training.md: trainers and admins manage the programme; commanders
// (their units) and analysts read it too; frontline officers only through
// /me/training.
TEST(RolesTest, TrainingManagedByTrainersAndAdminsReadByCommandAndAnalysts) {
  EXPECT_EQ(holders(P::kTrainingManage), (std::set<R>{R::kTrainer, R::kAdmin}));
  EXPECT_EQ(holders(P::kTrainingRead), (std::set<R>{R::kTrainer, R::kCommander, R::kAnalyst, R::kAdmin}));
}

TEST(RolesTest, AnonymizedStatisticsExportsForAnalystsAndCommanders) {
  EXPECT_EQ(holders(P::kStatisticsExport), (std::set<R>{R::kAnalyst, R::kCommander}));
}

TEST(RolesTest, VictimStatisticsForCommandAndTheVictimWorkingRoles) {
  EXPECT_EQ(holders(P::kStatisticsRead), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport,
                                                      R::kCommander, R::kAnalyst}));
}

// Screenings, identification decisions and receptions: the officers who work
// with victims, not commanders, analysts, trainers, partners or admins.
TEST(RolesTest, VictimScreeningIdentificationAndReception) {
  const std::set<R> workers = {R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport};
  EXPECT_EQ(holders(P::kVictimScreen), workers);
  EXPECT_EQ(holders(P::kVictimIdentify), workers);
  EXPECT_EQ(holders(P::kReceptionWrite), workers);
}

TEST(RolesTest, EveryRoleReadsReferenceData) { EXPECT_EQ(holders(P::kReferenceRead).size(), kAllRoles.size()); }

TEST(RolesTest, WritingCasesAndEvidence) {
  EXPECT_EQ(holders(P::kCaseCreate), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kCommander}));
  EXPECT_EQ(holders(P::kCaseTransition), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kCommander}));
  EXPECT_EQ(holders(P::kEvidenceWrite), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator}));
  EXPECT_EQ(holders(P::kPersonWrite), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport}));
  EXPECT_EQ(holders(P::kCaseRead), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport,
                                                R::kCommander, R::kAnalyst}));
}

TEST(RolesTest, PermissionsOfSeveralRolesAreTheirUnion) {
  EXPECT_TRUE(has_permission({R::kAnalyst, R::kVictimSupport}, P::kVictimIdentityRead));
  EXPECT_TRUE(has_permission({R::kAdmin, R::kCommander}, P::kCaseRead));
  EXPECT_FALSE(has_permission({R::kAdmin, R::kTrainer}, P::kCaseRead));
  for (P p : kAllPermissions) {
    EXPECT_FALSE(has_permission({}, p)) << static_cast<int>(p);
  }
}

// Referrals of victims: victim support and investigators make and move them,
// frontline officers only propose, commanders read; the directory is kept by
// victim support and admins.
TEST(RolesTest, ReferralsAndTheSupportDirectory) {
  EXPECT_EQ(holders(P::kReferralRead),
            (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport, R::kCommander}));
  EXPECT_EQ(holders(P::kReferralPropose), (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport}));
  EXPECT_EQ(holders(P::kReferralWrite), (std::set<R>{R::kInvestigator, R::kVictimSupport}));
  EXPECT_EQ(holders(P::kSupportDirectoryManage), (std::set<R>{R::kVictimSupport, R::kAdmin}));
}

// Watchlists are checked at every gate and kept by investigators and commanders.
TEST(RolesTest, Watchlists) {
  EXPECT_EQ(holders(P::kWatchlistRead),
            (std::set<R>{R::kFrontlineOfficer, R::kInvestigator, R::kVictimSupport, R::kCommander}));
  EXPECT_EQ(holders(P::kWatchlistManage), (std::set<R>{R::kInvestigator, R::kCommander}));
}

}  // namespace
}  // namespace frontline::domain
