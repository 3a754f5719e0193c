#include "domain/roles.hpp"

#include <algorithm>
#include <map>

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<Role, 8> kRoleNames{{{
    {Role::kFrontlineOfficer, "frontline_officer"},
    {Role::kInvestigator, "investigator"},
    {Role::kVictimSupport, "victim_support"},
    {Role::kCommander, "commander"},
    {Role::kAnalyst, "analyst"},
    {Role::kTrainer, "trainer"},
    {Role::kPartnerLiaison, "partner_liaison"},
    {Role::kAdmin, "admin"},
}}};

using P = Permission;

// Need to know: victims' identities go to the officers who work with them
// (the reporting officer, investigators, victim support), not to commanders,
// analysts or partners. Anonymized statistics exports go to the analysts
// (every unit) and commanders (their own units); victim statistics (counts)
// to them and to the officers who work with victims. Trainers and partner liaisons have no case access.
// Referrals of victims: victim support and investigators make and move them,
// frontline officers may propose one, commanders read them; the directory of
// support organizations is kept by victim support and admins. Screenings,
// identification decisions and receptions are for the officers who work
// with victims (frontline officers, investigators, victim support).
// Watchlists are read by everyone who works at a gate or on cases
// (frontline officers, investigators, victim support, commanders) and kept
// by investigators and commanders.
// Reviewing cross-case links and merging duplicate persons (kLinkReview) is
// for investigators and commanders.
// Screening a person against every case person (kScreen) is for the
// officers at gates and in investigations and their commanders; what a
// candidate shows still follows the identity permissions and the scope.
// Scanning online posts for recruitment red flags and reading the saved
// leads (kScan) is for the officers who watch the channels and the HQ
// analysts; saving leads and linking them to cases (kLeadWrite) for frontline
// officers, investigators and commanders (docs/scan-api.md). Which earlier
// cases share a post's identifiers follows the link graph's scope rule.
// The link graph (kGraphRead) is for investigators, commanders and HQ
// analysts, who look for networks across cases; what a node shows follows
// the same identity permissions and scope (docs/graph.md).
// The training programme (docs/training.md) is managed by trainers and
// admins (kTrainingManage); courses and results are read by them, by HQ
// analysts and by commanders (their units' participants only).
const std::map<Role, std::set<Permission>>& grants() {
  static const std::map<Role, std::set<Permission>> table = {
      {Role::kFrontlineOfficer,
       {P::kCaseRead, P::kCaseCreate, P::kCaseUpdate, P::kCaseTransition, P::kPersonWrite, P::kPersonIdentityRead,
        P::kVictimIdentityRead, P::kEventWrite, P::kEvidenceWrite, P::kEvidenceRead, P::kReferenceRead,
        P::kVictimScreen, P::kVictimIdentify, P::kReceptionWrite, P::kReferralRead, P::kReferralPropose,
        P::kStatisticsRead, P::kWatchlistRead, P::kScreen, P::kScan, P::kLeadWrite}},
      {Role::kInvestigator,
       {P::kCaseRead, P::kCaseCreate, P::kCaseUpdate, P::kCaseTransition, P::kPersonWrite, P::kPersonIdentityRead,
        P::kVictimIdentityRead, P::kEventWrite, P::kEvidenceWrite, P::kEvidenceRead, P::kReferenceRead,
        P::kVictimScreen, P::kVictimIdentify, P::kReceptionWrite, P::kReferralRead, P::kReferralPropose,
        P::kReferralWrite, P::kStatisticsRead, P::kWatchlistRead, P::kWatchlistManage, P::kScreen, P::kLinkReview,
        P::kGraphRead, P::kScan, P::kLeadWrite}},
      {Role::kVictimSupport,
       {P::kCaseRead, P::kPersonWrite, P::kPersonIdentityRead, P::kVictimIdentityRead, P::kEventWrite,
        P::kEvidenceRead, P::kReferenceRead, P::kVictimScreen, P::kVictimIdentify, P::kReceptionWrite,
        P::kSupportDirectoryManage, P::kReferralRead, P::kReferralPropose, P::kReferralWrite, P::kStatisticsRead,
        P::kWatchlistRead, P::kScreen}},
      {Role::kCommander,
       {P::kCaseRead, P::kCaseCreate, P::kCaseUpdate, P::kCaseTransition, P::kPersonIdentityRead, P::kEventWrite,
        P::kEvidenceRead, P::kReferenceRead, P::kStatisticsExport, P::kStatisticsRead, P::kReferralRead,
        P::kWatchlistRead, P::kWatchlistManage, P::kScreen, P::kLinkReview, P::kGraphRead, P::kScan, P::kLeadWrite, P::kTrainingRead}},
      {Role::kAnalyst,
       {P::kCaseRead, P::kReferenceRead, P::kStatisticsExport, P::kStatisticsRead, P::kGraphRead, P::kScan, P::kTrainingRead}},
      {Role::kTrainer, {P::kReferenceRead, P::kTrainingManage, P::kTrainingRead}},
      {Role::kPartnerLiaison, {P::kReferenceRead}},
      {Role::kAdmin, {P::kUserManage, P::kAuditRead, P::kReferenceRead, P::kSupportDirectoryManage, P::kTrainingManage,
                        P::kTrainingRead}},
  };
  return table;
}

}  // namespace

const char* role_name(Role role) { return kRoleNames.name(role); }
std::optional<Role> parse_role(const std::string& name) { return kRoleNames.parse(name); }
std::vector<std::string> all_role_names() { return kRoleNames.names(); }

bool has_permission(const std::set<Role>& roles, Permission permission) {
  return std::any_of(roles.begin(), roles.end(), [&](Role r) {
    auto it = grants().find(r);
    return it != grants().end() && it->second.count(permission) > 0;
  });
}

bool sees_all_units(const std::set<Role>& roles) { return roles.count(Role::kAnalyst) > 0; }

}  // namespace frontline::domain
