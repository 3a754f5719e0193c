// Victim statistics: how many victims the caller's units know of, broken
// down by sex, CTDC age group, exploitation form, destination country,
// citizenship, identification status, referral status, current province and
// month reported; optionally beside the historic anonymized CTDC records.
//
// A victim is a person linked as victim to a case in the caller's scope
// (analysts: every unit; everyone else: their unit's subtree), counted once,
// with their earliest case (reported_on, then id) that was not dismissed or
// merged; the period and province filters apply to that case. Age is the
// case's year minus the birth year, banded as CTDC (docs/statistics.md).
//
// Small cells: for callers without kVictimIdentityRead (commanders,
// analysts) every count from 1 to 4, the totals included, is withheld
// (count absent, suppressed = true), so nobody can single out a victim
// through the statistics. The roles that work with victims get exact counts.
// Nothing is audited: the answer identifies nobody. Thread-safe as the
// store is.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "service/principal.hpp"
#include "store/store.hpp"

namespace frontline::service {

inline constexpr int64_t kSmallCellLimit = 5;  // counts 1..kSmallCellLimit-1 are withheld

// The breakdowns, by API name, in response order.
const std::vector<std::string>& victim_breakdown_names();

// The request as the caller wrote it; the service validates it.
struct VictimStatsRequest {
  std::string from;      // "YYYY-MM-DD" or "" for no bound
  std::string to;        // "YYYY-MM-DD" or ""
  std::string province;  // current or former province code, or "" for all
  std::vector<std::string> group_by;  // breakdown names; empty for all
  bool include_historic = false;
};

// One cell: `count` is absent when withheld (suppressed).
struct StatCell {
  std::string key;
  std::optional<int64_t> count;
  bool suppressed = false;
};

using Breakdowns = std::vector<std::pair<std::string, std::vector<StatCell>>>;  // (name, cells)

// The historic CTDC records of the period (by year of registration), with
// the dimensions they have: period (years), sex, age_group, citizenship,
// destination_country, exploitation_form (one key per CTDC flag set).
struct HistoricStats {
  StatCell total;
  Breakdowns breakdowns;
};

struct VictimStats {
  std::string from, to, province;  // as requested ("" when absent)
  StatCell total;
  bool small_cells_suppressed = false;  // true when the <5 rule applied to this caller
  Breakdowns breakdowns;
  std::optional<HistoricStats> historic;  // set when include_historic
};

// PermissionDenied without kStatisticsRead. InvalidArgument naming the field:
// "from"/"to" not a date, "to" before "from", "province" unknown,
// "group_by" naming no breakdown, "include_historic" together with a
// province (historic records have no province).
Result<VictimStats> victim_statistics(store::Store& store, const Principal& who, const VictimStatsRequest& req);

}  // namespace frontline::service
