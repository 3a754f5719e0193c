// Checks and normalization of watchlist input, and the keys under which two
// entries of a list count as the same (docs/watchlists.md). Field names
// match the API ("identity.full_name", "phone", ...).
#pragma once

#include <string>
#include <vector>

#include "domain/watchlist.hpp"
#include "service/case_validation.hpp"
#include "store/store.hpp"

namespace frontline::service {

void check_watchlist_text(const std::string& name, const std::string& source, const std::string& description,
                          FieldErrors& bad);

// Builds a stored entry of a list of `type` from `d` into `e` (phone
// normalized to E.164), naming every bad field in `bad`. Country codes are
// checked against `tx`'s reference data.
Status build_entry(store::Transaction& tx, domain::WatchlistType type, const domain::WatchlistEntryDraft& d,
                   TimePoint now, domain::WatchlistEntry& e, FieldErrors& bad);

// An entry's identifying keys ("citizen_id:0123...", "phone:+84...",
// "handle:zalo:abc", "name_and_date_of_birth:nguyen van a|1990"); two entries
// of one list sharing any key are duplicates.
std::vector<std::string> entry_keys(const domain::WatchlistEntry& e);

// The draft an entry was built from (for patching).
domain::WatchlistEntryDraft entry_draft(const domain::WatchlistEntry& e);

}  // namespace frontline::service
