// Scan alerts: posts from the watched folder (`frontline scan watch`,
// docs/scan.md) that scored high or named an identifier already on a case
// or a watchlist. An analyst or officer opens one, then dismisses it or
// saves the post as a lead (domain/lead.hpp). The post's text and the
// identifiers it names are sealed; unit, risk, level, flags and reasons
// stay in clear for lists and the dashboard.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/lead.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

enum class ScanAlertStatus { kOpen, kDismissed, kSaved };
const char* scan_alert_status_name(ScanAlertStatus s);  // "open", "dismissed", "saved"
std::optional<ScanAlertStatus> parse_scan_alert_status(const std::string& name);

struct ScanAlert {
  int64_t id = 0;
  int64_t unit_id = 0;         // the unit the watcher raises alerts for
  std::string unit_code;       // filled by the store
  std::string unit_path;       // filled by the store
  std::string source;          // file in the watched folder, relative ("2026-11-24/tg.jsonl")
  int64_t item = 0;            // line or record in it
  std::string post_id;         // the post's own id when the file gave one
  std::string text;            // sealed
  std::vector<LeadIdentifier> identifiers;  // sealed
  double risk = 0.0;
  std::string level;
  std::vector<std::string> flag_ids;
  std::vector<std::string> reasons;  // "high_risk", "known_identifier"
  int64_t known = 0;                 // identifiers already on a case or a watchlist when raised
  ScanAlertStatus status = ScanAlertStatus::kOpen;
  std::optional<int64_t> lead_id;    // saved as this lead
  TimePoint raised_at;
  int64_t reviewed_by = 0;
  std::optional<TimePoint> reviewed_at;
  int64_t version = 1;
};

struct ScanAlertFilter {
  std::optional<ScanAlertStatus> status;
  int64_t offset = 0;
  int64_t limit = 50;
};

struct ScanAlertPage {
  std::vector<ScanAlert> items;
  int64_t total = 0;
};

}  // namespace frontline::domain
