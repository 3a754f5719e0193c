// Helpers shared by the files of WatchlistService; not for other modules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/watchlist_service.hpp"

namespace frontline::service {

// Whether `who` sees the identity of entries of a list of `type`.
bool may_see_entry_identity(const Principal& who, domain::WatchlistType type);
// `e` as `who` may see it (identity and reason emptied, pseudonym label, when masked).
WatchlistEntryView entry_view(const Principal& who, domain::WatchlistType type, domain::WatchlistEntry e,
                              const std::string& today);
// One watchlist.identity.read entry naming the unmasked entries of `views` (none when all are masked).
Status audit_identity_views(store::Transaction& tx, const Principal& who, const Clock& clock,
                            const domain::Watchlist& list, const std::vector<WatchlistEntryView>& views);
Status require_watchlist_read(const Principal& who);
// kWatchlistManage and a unit at or above the list's owner.
Status require_watchlist_manage(const Principal& who, const domain::Watchlist& list);
// The id of an entry of `existing` (other than e.id) sharing a key with `e`;
// `key_out` receives the key's kind.
Result<std::optional<int64_t>> find_duplicate(const std::vector<domain::WatchlistEntry>& existing,
                                              const domain::WatchlistEntry& e, std::string* key_out);

}  // namespace frontline::service
