// Roles and the permissions they grant. The table in roles.cpp is the single
// place that says who may do what; handlers ask through has_permission().
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace frontline::domain {

enum class Role {
  kFrontlineOfficer,
  kInvestigator,
  kVictimSupport,
  kCommander,
  kAnalyst,         // HQ statistics, read-only, sees every unit, never identities
  kTrainer,
  kPartnerLiaison,
  kAdmin,           // accounts and audit; no case content
};

const char* role_name(Role role);
std::optional<Role> parse_role(const std::string& name);
std::vector<std::string> all_role_names();

enum class Permission {
  kCaseRead,
  kCaseCreate,
  kCaseUpdate,
  kCaseTransition,
  kPersonWrite,           // add/edit/unlink persons on a case
  kPersonIdentityRead,    // see names, dates of birth, documents, contacts of non-victims
  kVictimIdentityRead,    // the same for victims (need to know)
  kEventWrite,
  kEvidenceWrite,
  kEvidenceRead,
  kUserManage,
  kAuditRead,
  kReferenceRead,
  kVictimScreen,          // indicator screenings of victims: start, continue, read
  kVictimIdentify,        // record identification decisions
  kReceptionWrite,        // record the hand-over of returned victims
  kStatisticsExport,      // anonymized, k-anonymous exports (CTDC layout) of the victims in scope
  kStatisticsRead,        // counts of the victims in scope by sex, age group, form, ... (small cells hidden without identity access)
  kSupportDirectoryManage,  // add and edit support organizations (reading needs kCaseRead)
  kReferralRead,            // a victim's referrals and support checklist
  kReferralPropose,         // refer a victim (a new referral starts as proposed)
  kReferralWrite,           // move referrals, record outcomes, keep the support checklist
  kWatchlistRead,           // watchlists and their entries (identities of potential victims need kVictimIdentityRead)
  kWatchlistManage,         // create and edit watchlists of the own unit's subtree and their entries
  kGraphRead,               // the link graph of cases and entities: neighbourhoods, paths, networks, exports (identities still need the identity permissions)
  kScreen,                  // screen a person against every indexed person (POST /screen; outside the caller's units only a pseudonym and the owning unit)
  kLinkReview,              // review cross-case link proposals, merge duplicate persons and undo merges (both persons in the caller's units)
  kScan,                    // scan posts for recruitment red flags (POST /scan) and read the leads of the caller's units
  kLeadWrite,               // save posts as leads, edit them and link them to cases of the caller's units
  kTrainingManage,          // the training programme: curriculum, editions, officers, courses, enrolment, attendance, completion, certificates, tests (docs/training.md)
  kTrainingRead,            // courses, participants and results (outside analysts/trainers/admins: participants of the caller's units only)
};

// True when any of `roles` grants `permission`.
bool has_permission(const std::set<Role>& roles, Permission permission);

// True when the roles see cases of every unit regardless of their own unit
// (HQ statistics). Everyone else sees their unit's subtree.
bool sees_all_units(const std::set<Role>& roles);

}  // namespace frontline::domain
