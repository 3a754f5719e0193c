// Scan alerts (domain/scan_alert.hpp; docs/scan.md): raised by `frontline
// scan watch` for posts that score high or name an identifier already known,
// listed for the units they were raised for, opened, dismissed or saved as
// a lead.
//
// Permissions and scope: reading needs kScan, dismissing and saving
// kLeadWrite. An alert belongs to the unit the watcher raised it for; a
// caller sees the alerts of their units' subtree (HQ analysts: all); others
// are NotFound. Raising ("scan.alert.raise", actor system), listing, reading
// (the post is shown), dismissing and saving are audited, never the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/scan_alert.hpp"
#include "scan/scanner.hpp"
#include "service/lead_service.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

inline constexpr int64_t kMaxScanAlertPage = 200;

// Why a scanned post deserves an alert; empty when it does not.
struct AlertReasons {
  bool high_risk = false;
  int64_t known = 0;  // identifiers already on a case or a watchlist
  bool any() const { return high_risk || known > 0; }
};

// The alert of a scanned post from the watched folder, not yet stored.
domain::ScanAlert alert_of(const scan::ScanResult& result, const std::string& text, const std::string& source,
                           int64_t item, const std::string& post_id, const AlertReasons& reasons);

class ScanAlertService {
 public:
  // Both must outlive the service.
  ScanAlertService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Stores `alert` for unit `unit_code` (open, raised now). Only the system
  // raises alerts (PermissionDenied otherwise); InvalidArgument naming
  // "unit" for an unknown unit.
  Result<int64_t> raise(const Principal& who, const std::string& unit_code, domain::ScanAlert alert);
  // PermissionDenied without kScan; InvalidArgument naming "offset", "limit".
  Result<domain::ScanAlertPage> list(const Principal& who, const domain::ScanAlertFilter& filter);
  // NotFound outside the caller's units.
  Result<domain::ScanAlert> get(const Principal& who, int64_t id);
  // Open -> dismissed. PermissionDenied without kLeadWrite; Conflict when the
  // alert is no longer open or has changed since `expected_version`.
  Result<domain::ScanAlert> dismiss(const Principal& who, int64_t id, std::optional<int64_t> expected_version);
  // Saves the alert's post as a lead (LeadService::create, with `draft`'s
  // case, note, source URL and add_identifiers; its text is the post's),
  // then marks the alert saved with the lead's id. Errors of the lead as
  // LeadService reports them (nothing is saved); Conflict when the alert is
  // no longer open.
  Result<std::pair<LeadCreated, domain::ScanAlert>> save_as_lead(const Principal& who, int64_t id,
                                                                 domain::LeadDraft draft, LeadService& leads);

 private:
  Result<domain::ScanAlert> review(const Principal& who, int64_t id, std::optional<int64_t> expected_version,
                                   domain::ScanAlertStatus to, std::optional<int64_t> lead_id);
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace frontline::service
