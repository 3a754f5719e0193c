// Jaro and Jaro-Winkler similarity of two strings, compared byte by byte (the
// matcher passes folded ASCII tokens). Conventions, those of jellyfish
// (github.com/jamesturk/jellyfish, testdata/jaro_winkler.csv), whose vectors
// the unit tests check:
//   - if either string is empty the similarity is 0.0 (also when both are);
//   - matching window: max(|a|, |b|) / 2 - 1 (at least 0);
//   - Winkler's boost is applied only when the Jaro similarity exceeds 0.7,
//     with a common prefix capped at 4 and a scaling factor of 0.1:
//     jw = j + min(prefix, 4) * 0.1 * (1 - j).
// Pure functions, safe from any thread.
#pragma once

#include <string_view>

namespace frontline::match {

// In [0, 1]; 1.0 exactly when a == b (non-empty).
double jaro_similarity(std::string_view a, std::string_view b);

// In [0, 1]; 1.0 exactly when a == b (non-empty).
double jaro_winkler_similarity(std::string_view a, std::string_view b);

}  // namespace frontline::match
