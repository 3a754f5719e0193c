#include "domain/scan_alert.hpp"

namespace frontline::domain {

const char* scan_alert_status_name(ScanAlertStatus s) {
  switch (s) {
    case ScanAlertStatus::kDismissed: return "dismissed";
    case ScanAlertStatus::kSaved: return "saved";
    default: return "open";
  }
}

std::optional<ScanAlertStatus> parse_scan_alert_status(const std::string& name) {
  if (name == "open") return ScanAlertStatus::kOpen;
  if (name == "dismissed") return ScanAlertStatus::kDismissed;
  if (name == "saved") return ScanAlertStatus::kSaved;
  return std::nullopt;
}

}  // namespace frontline::domain
