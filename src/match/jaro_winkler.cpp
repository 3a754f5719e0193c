#include "match/jaro_winkler.hpp"

#include <algorithm>
#include <vector>

namespace frontline::match {

double jaro_similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) {
    return 0.0;
  }
  if (a == b) {
    return 1.0;
  }
  const size_t window = std::max(a.size(), b.size()) / 2 > 0 ? std::max(a.size(), b.size()) / 2 - 1 : 0;
  std::vector<bool> a_matched(a.size(), false);
  std::vector<bool> b_matched(b.size(), false);
  size_t common = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(i + window, b.size() - 1);
    for (size_t j = lo; j <= hi; ++j) {
      if (!b_matched[j] && b[j] == a[i]) {
        a_matched[i] = true;
        b_matched[j] = true;
        ++common;
        break;
      }
    }
  }
  if (common == 0) {
    return 0.0;
  }
  // Matched characters of `a` and of `b`, each in order; half the positions
  // where they differ are transpositions.
  size_t out_of_order = 0;
  size_t k = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a_matched[i]) {
      continue;
    }
    while (!b_matched[k]) {
      ++k;
    }
    if (a[i] != b[k]) {
      ++out_of_order;
    }
    ++k;
  }
  const double m = static_cast<double>(common);
  const double t = static_cast<double>(out_of_order / 2);
  return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + (m - t) / m) / 3.0;
}

double jaro_winkler_similarity(std::string_view a, std::string_view b) {
  constexpr double kBoostThreshold = 0.7;
  constexpr size_t kMaxPrefix = 4;
  constexpr double kScaling = 0.1;
  const double j = jaro_similarity(a, b);
  if (j <= kBoostThreshold) {
    return j;
  }
  const size_t limit = std::min({a.size(), b.size(), kMaxPrefix});
  size_t prefix = 0;
  while (prefix < limit && a[prefix] == b[prefix]) {
    ++prefix;
  }
  return j + static_cast<double>(prefix) * kScaling * (1.0 - j);
}

}  // namespace frontline::match
