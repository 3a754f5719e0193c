// Demo data of the training tests (docs/training.md): the question bank of
// demo_questions() for the demo modules M01-M04, a pre- and a post-test for
// the demo courses, and generated attempts: the completed course's
// participants took the pre-test on paper and the post-test online, the
// course in progress had its pre-test yesterday and has its post-test open
// now (the demo accounts officer.ls and officer.qn can take it in the
// browser), the planned course has a draft pre-test. Post scores are higher
// than pre scores on average, the hard questions are failed most, and every
// participant the core demo marked completed scored at least the pass mark.
// Deterministic: the same seed and calendar day give the same rows.
#pragma once

#include <cstdint>

#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::demo {

// Adds the above in `tx` unless a question already exists or the store has
// no demo module M01 (the core training demo runs first); returns the number
// of questions added (0 when skipped).
Result<int64_t> seed_training_tests(store::Transaction& tx, TimePoint now, uint64_t seed);

}  // namespace frontline::demo
