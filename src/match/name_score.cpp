#include "match/name_score.hpp"

#include <algorithm>

#include "match/jaro_winkler.hpp"

namespace frontline::match {

double token_weight(const NameToken& token, const TokenStats& stats, const NameScoring& config) {
  double w = token_rarity(stats, token.text);
  const auto& common = config.common_middle_names;
  if (std::find(common.begin(), common.end(), token.text) != common.end()) {
    w *= config.common_middle_factor;
  }
  return w;
}

NameComparison compare_names(const NormalizedName& left, const NormalizedName& right, const TokenStats& stats,
                             const NameScoring& config) {
  const size_t nl = left.tokens.size();
  const size_t nr = right.tokens.size();
  std::vector<double> wl(nl);
  std::vector<double> wr(nr);
  for (size_t i = 0; i < nl; ++i) {
    wl[i] = token_weight(left.tokens[i], stats, config);
  }
  for (size_t j = 0; j < nr; ++j) {
    wr[j] = token_weight(right.tokens[j], stats, config);
  }
  struct Candidate {
    size_t i;
    size_t j;
    double similarity;
    double weight;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(nl * nr);
  for (size_t i = 0; i < nl; ++i) {
    for (size_t j = 0; j < nr; ++j) {
      const std::string& a = left.tokens[i].text;
      const std::string& b = right.tokens[j].text;
      const auto shortest = static_cast<int>(std::min(a.size(), b.size()));
      const double s = shortest < config.fuzzy_min_length ? (a == b ? 1.0 : 0.0) : jaro_winkler_similarity(a, b);
      if (s >= config.min_token_similarity) {
        candidates.push_back({i, j, s, wl[i] + wr[j]});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.similarity != b.similarity) {
      return a.similarity > b.similarity;
    }
    if (a.weight != b.weight) {
      return a.weight > b.weight;
    }
    return a.i != b.i ? a.i < b.i : a.j < b.j;
  });
  std::vector<bool> used_l(nl, false);
  std::vector<bool> used_r(nr, false);
  NameComparison out;
  double numerator = 0.0;
  double denominator = 0.0;
  for (const Candidate& c : candidates) {
    if (used_l[c.i] || used_r[c.j]) {
      continue;
    }
    used_l[c.i] = true;
    used_r[c.j] = true;
    out.aligned.push_back({left.tokens[c.i].text, right.tokens[c.j].text, c.similarity, c.weight});
    numerator += c.similarity * c.weight;
    denominator += c.weight;
  }
  auto add_unaligned = [&](const NameToken& t, double w, bool is_left) {
    const double factor = t.role == TokenRole::kMiddle ? config.missing_middle_factor : config.missing_token_factor;
    out.unaligned.push_back({t.text, t.role, is_left, w * factor});
    denominator += w * factor;
  };
  for (size_t i = 0; i < nl; ++i) {
    if (!used_l[i]) {
      add_unaligned(left.tokens[i], wl[i], true);
    }
  }
  for (size_t j = 0; j < nr; ++j) {
    if (!used_r[j]) {
      add_unaligned(right.tokens[j], wr[j], false);
    }
  }
  out.score = denominator > 0.0 ? std::clamp(numerator / denominator, 0.0, 1.0) : 0.0;
  if (out.aligned.size() <= 1) {
    out.score = std::min(out.score, config.single_token_cap);
  }
  return out;
}

}  // namespace frontline::match
