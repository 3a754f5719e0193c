// The officers' dashboard: counts of the open cases the caller may see (by
// status, trafficking form and current province), cases reported per month
// over the last twelve months, and the recent activity of the caller's unit.
// The counts come from CaseService::list page totals, so they apply exactly the
// same permission and scope rules as the case list. The recent activity reads
// the newest timeline events of the cases of the caller's own unit and the
// units below it (for every role, HQ included: "the user's unit").
// For roles that may read referrals it also lists the overdue referrals and
// the victims not yet referred anywhere, in the caller's units; for roles that
// read watchlists, the open watchlist alerts of persons in the caller's units.
#pragma once

#include "domain/scan_alert.hpp"

#include <string>
#include <utility>
#include <vector>

#include "domain/watchlist.hpp"
#include "service/case_service.hpp"

namespace frontline::service {

// One timeline event of the recent activity, with its case's number.
struct ActivityItem {
  int64_t event_id = 0;
  int64_t case_id = 0;
  std::string case_number;
  domain::EventKind kind = domain::EventKind::kNote;
  TimePoint occurred_at;
  std::optional<domain::CaseStatus> status_from;  // set for status changes
  std::optional<domain::CaseStatus> status_to;
  std::string description;  // at most kActivityDescriptionPoints code points (text::excerpt)
  std::string location;
};

inline constexpr size_t kActivityDescriptionPoints = 160;
inline constexpr int64_t kRecentActivityLimit = 10;
inline constexpr int64_t kReferralDigestLimit = 10;

// Open referrals due before today in Vietnam: how many, and the first
// kReferralDigestLimit by due date.
struct OverdueReferrals {
  int64_t count = 0;
  std::vector<domain::Referral> items;
};

// Victims (person, case) with no referral at all: how many, and the first
// kReferralDigestLimit.
struct UnreferredVictims {
  int64_t count = 0;
  std::vector<store::UnreferredVictim> items;
};

// Open watchlist alerts of persons on cases in the caller's units: how
// many, and the newest kAlertDigestLimit.
inline constexpr int64_t kAlertDigestLimit = 10;
struct OpenAlerts {
  int64_t count = 0;
  std::vector<domain::WatchlistAlert> items;
};

struct Dashboard {
  using Counts = std::vector<std::pair<std::string, int64_t>>;  // (API name or code, count)
  Counts open_by_status;    // every open (non-final) status, in workflow order
  Counts open_by_form;      // every trafficking form
  Counts open_by_province;  // current provinces with at least one open case, most first
  Counts reported_per_month;  // "YYYY-MM" for the last 12 months, oldest first
  int64_t open_total = 0;
  std::vector<ActivityItem> recent_activity;  // up to kRecentActivityLimit, newest first
  // Set only for roles with kReferralRead.
  std::optional<OverdueReferrals> overdue_referrals;
  std::optional<UnreferredVictims> victims_without_referral;
  // Set only for roles with kWatchlistRead.
  std::optional<OpenAlerts> watchlist_alerts;
  // Set only for roles with kScan: open scan alerts of the watched folder, riskiest first.
  std::optional<domain::ScanAlertPage> scan_alerts;
};

// PermissionDenied without case access; otherwise the dashboard as of `now`
// (months are Vietnam calendar months). Thread-safe as CaseService is.
Result<Dashboard> build_dashboard(CaseService& cases, store::Store& store, const Principal& who, TimePoint now);

}  // namespace frontline::service
