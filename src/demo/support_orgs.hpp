// Demo support organizations: social protection centres, legal aid centres,
// a hospital, an employment service, IOM and a women's shelter NGO in border
// provinces. Generic names after the real kinds of bodies; phone numbers are
// obviously fake ("0xxx-0000-0000") or empty.
#pragma once

#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::demo {

// Adds the demo organizations when the directory is empty; returns how many
// were added (0 when it already had some).
Result<int64_t> seed_support_organizations(store::Transaction& tx, TimePoint now);

}  // namespace frontline::demo
