// Demo watchlists: one list of each type, owned by the Lạng Sơn command,
// with generated entries. Nothing is real: names come from the demo name
// tables, citizen ids start 999 (no province has that code), phones are in
// the 0900 000 xxx block and every reason says "dữ liệu mẫu" (sample data).
#pragma once

#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::demo {

// Adds the demo lists when no watchlist exists yet (deterministic for a
// seed); returns how many entries were added (0 when lists already existed).
Result<int64_t> seed_watchlists(store::Transaction& tx, TimePoint now, uint64_t seed);

}  // namespace frontline::demo
