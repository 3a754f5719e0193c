// The entries of flagged_phones and flagged_accounts watchlists by their
// normalized value, in memory, so that the phones and accounts a scanned
// post names are checked against every watchlist in one hash look-up each
// (docs/scan-api.md). Entries are sealed in the store, so no index over
// their values can live there; this one is built from the matchable entries
// (active, on an active list, not expired) at start and re-reads a list when
// WatchlistService says it changed.
//
// Keys: a phone's E.164 number; an account's "<platform>/<handle>" as
// graph::identifier_key spells it (so they equal the link graph's keys).
//
// Thread-safety: every member may be called from any thread.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/watchlist.hpp"
#include "service/watchlist_index_sink.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// One watchlist entry a value is on.
struct WatchlistHit {
  int64_t entry_id = 0;
  int64_t list_id = 0;
  std::string list_name;
  domain::WatchlistType list_type = domain::WatchlistType::kFlaggedPhones;
};

enum class FlaggedKind { kPhone, kAccount };

// The key an entry is found by, or nullopt for an entry of another list
// type or whose value does not normalize.
std::optional<std::pair<FlaggedKind, std::string>> flagged_key(const domain::MatchableEntry& m);

class WatchlistIdentifiers final : public WatchlistIndexSink {
 public:
  // `clock` gives the Vietnamese date for entries' expiry; both must outlive this.
  WatchlistIdentifiers(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Reads every matchable entry; returns how many were indexed.
  Result<int64_t> rebuild();
  // Re-reads list `list_id`. Logs failures.
  void list_changed(int64_t list_id) override;
  Status refresh_list(int64_t list_id);

  // The entries whose value is `key`, by entry id.
  std::vector<WatchlistHit> find(FlaggedKind kind, const std::string& key) const;

 private:
  using Keyed = std::vector<std::pair<std::string, WatchlistHit>>;
  // Re-creates by_key_ from lists_; mu_ held exclusively.
  void reindex_locked();

  store::Store& store_;
  const Clock& clock_;
  mutable std::shared_mutex mu_;
  std::unordered_map<int64_t, Keyed> lists_;  // list id -> its entries' lookup keys
  std::unordered_map<std::string, std::vector<WatchlistHit>> by_key_;
};

}  // namespace frontline::service
