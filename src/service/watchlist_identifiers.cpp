// Flagged phones and accounts by value (watchlist_identifiers.hpp).
#include "service/watchlist_identifiers.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "graph/entity_key.hpp"
#include "match/phone.hpp"
#include "service/case_validation.hpp"

namespace frontline::service {
namespace {

std::string lookup_key(FlaggedKind kind, const std::string& key) {
  return (kind == FlaggedKind::kPhone ? "phone:" : "account:") + key;
}

}  // namespace

std::optional<std::pair<FlaggedKind, std::string>> flagged_key(const domain::MatchableEntry& m) {
  const domain::WatchlistEntry& e = m.entry;
  if (m.list_type == domain::WatchlistType::kFlaggedPhones) {
    auto e164 = match::normalize_phone(e.phone_e164.empty() ? e.phone_raw : e.phone_e164);
    if (!e164.ok()) {
      return std::nullopt;
    }
    return std::make_pair(FlaggedKind::kPhone, std::move(e164).value());
  }
  if (m.list_type == domain::WatchlistType::kFlaggedAccounts && e.platform) {
    auto key = graph::identifier_key(domain::IdentifierKind::kAccount, e.handle,
                                     domain::account_platform_name(*e.platform));
    if (!key.ok()) {
      return std::nullopt;
    }
    return std::make_pair(FlaggedKind::kAccount, std::move(key).value());
  }
  return std::nullopt;
}

Result<int64_t> WatchlistIdentifiers::rebuild() {
  const std::string today = today_vn(clock_.now());
  FL_ASSIGN_OR_RETURN(auto entries, store::read_value<std::vector<domain::MatchableEntry>>(
                                        store_, [&](store::Transaction& tx) {
                                          return tx.watchlists().matchable_entries(today, std::nullopt);
                                        }));
  std::unordered_map<int64_t, Keyed> lists;
  int64_t indexed = 0;
  for (const domain::MatchableEntry& m : entries) {
    if (auto k = flagged_key(m)) {
      lists[m.entry.watchlist_id].emplace_back(lookup_key(k->first, k->second),
                                               WatchlistHit{m.entry.id, m.entry.watchlist_id, m.list_name, m.list_type});
      indexed += 1;
    }
  }
  std::unique_lock lock(mu_);
  lists_ = std::move(lists);
  reindex_locked();
  return indexed;
}

Status WatchlistIdentifiers::refresh_list(int64_t list_id) {
  const std::string today = today_vn(clock_.now());
  FL_ASSIGN_OR_RETURN(auto entries, store::read_value<std::vector<domain::MatchableEntry>>(
                                        store_, [&](store::Transaction& tx) {
                                          return tx.watchlists().matchable_entries(today, list_id);
                                        }));
  Keyed keyed;
  for (const domain::MatchableEntry& m : entries) {
    if (auto k = flagged_key(m)) {
      keyed.emplace_back(lookup_key(k->first, k->second),
                         WatchlistHit{m.entry.id, m.entry.watchlist_id, m.list_name, m.list_type});
    }
  }
  std::unique_lock lock(mu_);
  if (keyed.empty()) {
    lists_.erase(list_id);
  } else {
    lists_[list_id] = std::move(keyed);
  }
  reindex_locked();
  return {};
}

void WatchlistIdentifiers::list_changed(int64_t list_id) {
  Status s = refresh_list(list_id);
  if (!s.ok()) {
    spdlog::error("flagged identifiers: could not re-read watchlist {}: {}", list_id, s.error().message);
  }
}

void WatchlistIdentifiers::reindex_locked() {
  by_key_.clear();
  for (const auto& [list_id, keyed] : lists_) {
    for (const auto& [key, hit] : keyed) {
      by_key_[key].push_back(hit);
    }
  }
  for (auto& [key, hits] : by_key_) {
    std::sort(hits.begin(), hits.end(), [](const WatchlistHit& a, const WatchlistHit& b) {
      return a.entry_id < b.entry_id;
    });
  }
}

std::vector<WatchlistHit> WatchlistIdentifiers::find(FlaggedKind kind, const std::string& key) const {
  std::shared_lock lock(mu_);
  auto it = by_key_.find(lookup_key(kind, key));
  return it == by_key_.end() ? std::vector<WatchlistHit>{} : it->second;
}

}  // namespace frontline::service
