// Watchlist alerts (issue 5, point 5): a person linked to a case who scores
// at or above the alert level against an active, unexpired watchlist entry.
// raise_alerts() runs after the screening index learns of a change (a person
// added, linked or edited; an entry added, edited or imported), in either
// direction, and records one alert per (person, entry), audited with actor
// "system"; a dismissed alert is not raised again.
//
// Officers see the open alerts on their dashboard and review them here
// (confirm or dismiss, with an optional note). Scope: an alert belongs to the
// units of its person's cases; the caller sees and reviews only alerts of
// persons on a case in their units, with kWatchlistRead. The alert names the
// person by pseudonym and the list by name: identities stay on the person and
// entry pages, where their views are audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/watchlist.hpp"
#include "match/index.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct AlertReview {
  std::string decision;  // "confirmed" or "dismissed"
  std::string note;      // at most 2,000 characters
  std::optional<int64_t> expected_version;
};

class WatchlistAlertService {
 public:
  WatchlistAlertService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // PermissionDenied without kWatchlistRead; InvalidArgument naming
  // "status", "offset" or "limit" (1..200).
  Result<domain::AlertPage> list(const Principal& who, const domain::AlertFilter& filter);
  // NotFound when the alert does not exist or is outside the caller's units.
  Result<domain::WatchlistAlert> get(const Principal& who, int64_t id);
  // InvalidArgument naming "decision" or "note"; Conflict when the alert is
  // no longer open or its version differs. Audited ("watchlist.alert.review").
  Result<domain::WatchlistAlert> review(const Principal& who, int64_t id, const AlertReview& review);

 private:
  store::Store& store_;
  const Clock& clock_;
};

// Pairs `changed` (a case person or a watchlist entry just indexed) with the
// records of the other kind in `index` that score at or above the alert level
// and records the alerts not recorded yet. Entries expired as of the clock's
// Vietnamese date are skipped. Returns how many alerts were raised.
Result<int64_t> raise_alerts(store::Store& store, const Clock& clock, const match::MatchIndex& index,
                             const match::IndexedRecord& changed);

}  // namespace frontline::service
