// Internal to identify: the officer-facing explanation of an Assessment.
#pragma once

#include "identify/assess.hpp"

namespace frontline::identify::detail {

// Fills assessment.explanation_en and explanation_vi from its other fields:
// the list used, which dimensions are positive (with their indicators),
// undetermined and not positive, the formula applied, the verdict and, for a
// possible victim, the unknowns that could decide it.
void explain(const IndicatorSet& set, Assessment& assessment);

}  // namespace frontline::identify::detail
