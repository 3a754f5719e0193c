#include "match/token_stats.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace frontline::match {

double token_rarity(const TokenStats& stats, std::string_view token) {
  const auto n = static_cast<double>(std::max<int64_t>(stats.indexed_names(), 0));
  const auto df = static_cast<double>(std::max<int64_t>(stats.document_frequency(token), 0));
  return std::log(1.0 + (n + 1.0) / (df + 1.0));
}

void InMemoryTokenStats::add(const NormalizedName& name) {
  ++names_;
  std::set<std::string_view> seen;
  for (const NameToken& t : name.tokens) {
    if (seen.insert(t.text).second) {
      ++df_[t.text];
    }
  }
}

int64_t InMemoryTokenStats::document_frequency(std::string_view token) const {
  auto it = df_.find(std::string(token));
  return it == df_.end() ? 0 : it->second;
}

int64_t FamilyShareTokenStats::document_frequency(std::string_view token) const {
  const double share = std::min(families_.share(token), 1.0);
  return static_cast<int64_t>(std::llround(share * static_cast<double>(population_)));
}

}  // namespace frontline::match
