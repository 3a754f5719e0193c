// The officers' dashboard: counts of the open cases the caller may see (by
// status, trafficking form and current province), cases reported per month
// over the last twelve months, and the newest cases of the caller's unit.
// Built from CaseService::list page totals, so it applies exactly the same
// permission and scope rules as the case list; no new store queries.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "service/case_service.hpp"

namespace frontline::service {

struct Dashboard {
  using Counts = std::vector<std::pair<std::string, int64_t>>;  // (API name or code, count)
  Counts open_by_status;    // every open (non-final) status, in workflow order
  Counts open_by_form;      // every trafficking form
  Counts open_by_province;  // current provinces with at least one open case, most first
  Counts reported_per_month;  // "YYYY-MM" for the last 12 months, oldest first
  int64_t open_total = 0;
  std::vector<domain::Case> newest_in_unit;  // up to 8, newest first
};

// PermissionDenied without case access; otherwise the dashboard as of `now`
// (months are Vietnam calendar months). Thread-safe as CaseService is.
Result<Dashboard> build_dashboard(CaseService& cases, store::Store& store, const Principal& who, TimePoint now);

}  // namespace frontline::service
