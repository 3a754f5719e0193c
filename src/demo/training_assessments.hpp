// Demo end-of-training assessments (docs/training.md, "Assessment") for the
// demo courses that are completed: answers by participants and by groups,
// with Vietnamese texts of what Border Guard trainees report (scam centres in
// Cambodia, recruitment over Facebook and Telegram, cross-border cooperation).
// Generated data only.
#pragma once

#include <cstdint>

#include "store/store.hpp"
#include "util/clock.hpp"
#include "util/result.hpp"

namespace frontline::demo {

// Adds assessments to every completed course that has none yet (so a second
// run adds nothing): about half of the participants answer alone, the others
// in groups of three to six. Deterministic for a seed and the stored courses.
// Returns how many assessments were added.
Result<int64_t> seed_training_assessments(store::Transaction& tx, TimePoint now, uint64_t seed);

}  // namespace frontline::demo
