// Demo data for the training programme (docs/training.md): the manual's
// modules with a revision, two editions and their receipts at part of the
// border posts, about forty registered officers, officer records for the
// demo accounts officer.ls and officer.qn, and three courses (one completed
// with certificates, one in progress, one planned). Deterministic: the same
// seed and Vietnamese calendar day give the same rows (certificate codes
// included, drawn from the demo's generator, not libsodium).
#pragma once

#include <cstdint>

#include "demo/world.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::demo {

// Adds the training demo in `tx` unless a module already exists; returns the
// number of officers added (0 when skipped). `now` fixes "today".
Result<int64_t> seed_training(store::Transaction& tx, const World& world, TimePoint now, uint64_t seed);

}  // namespace frontline::demo
