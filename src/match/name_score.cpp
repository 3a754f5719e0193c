#include "match/name_score.hpp"

#include <algorithm>

#include "match/jaro_winkler.hpp"

namespace frontline::match {
namespace {

// True when `a` becomes `b` by one edit: a letter inserted, dropped or
// replaced, or two neighbouring letters swapped. Equal tokens are not.
bool one_edit_apart(const std::string& a, const std::string& b) {
  if (a == b) {
    return false;
  }
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1) {
    return false;
  }
  size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) {
    ++i;
  }
  if (shorter.size() != longer.size()) {
    return shorter.compare(i, std::string::npos, longer, i + 1, std::string::npos) == 0;  // insertion
  }
  if (shorter.compare(i + 1, std::string::npos, longer, i + 1, std::string::npos) == 0) {
    return true;  // substitution
  }
  return i + 1 < shorter.size() && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i] &&
         shorter.compare(i + 2, std::string::npos, longer, i + 2, std::string::npos) == 0;  // transposition
}

double role_adjusted(double s, const NameToken& a, const NameToken& b, bool vietnamese_order,
                     const NameScoring& config) {
  // Given against middle only: a family name against a given name is the
  // order-swapped writing of two family-name syllables ("Lâm Vy Lưu").
  if (vietnamese_order && a.role != TokenRole::kFamily && b.role != TokenRole::kFamily && a.role != b.role) {
    s -= config.given_role_mismatch_penalty;
  }
  return s;
}

// The similarity of two tokens (see compare_names).
double token_similarity(const NameToken& a, const NameToken& b, bool both_marked, bool vietnamese_order,
                        const TokenStats& stats, const NameScoring& config) {
  const auto shortest = static_cast<int>(std::min(a.text.size(), b.text.size()));
  double s = shortest < config.fuzzy_min_length ? (a.text == b.text ? 1.0 : 0.0)
                                                : jaro_winkler_similarity(a.text, b.text);
  // The vocabulary is consulted only where it can change the outcome: a pair
  // one edit apart, or one similar enough to align (the index's hot path).
  const bool typo_shape = a.text != b.text && one_edit_apart(a.text, b.text);
  if (a.text != b.text && stats.counts_every_token() && (typo_shape || s >= config.min_token_similarity)) {
    if (stats.document_frequency(a.text) == 0 || stats.document_frequency(b.text) == 0) {
      if (typo_shape) {
        // One of them is in no indexed name: a typo, not another name; its
        // marks may have gone with the letter ("Đc" / "Đức").
        return role_adjusted(std::max(s, config.typo_similarity), a, b, vietnamese_order, config);
      }
    } else {
      s -= config.other_name_penalty;  // both are names someone bears: "Khang" / "Khanh"
    }
  }
  if (both_marked && a.marks != b.marks) {
    // Other names: "Hùng" / "Hưng" (folded alike), "Hưng" / "Hương", "Khôi" / "Khoa".
    s -= config.diacritic_mismatch_penalty;
  }
  return role_adjusted(s, a, b, vietnamese_order, config);
}

}  // namespace

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
  const bool both_marked = left.marked && right.marked;
  const bool vietnamese_order = left.order == NameOrder::kFamilyFirst && right.order == NameOrder::kFamilyFirst &&
                                left.order_certain && right.order_certain;
  for (size_t i = 0; i < nl; ++i) {
    for (size_t j = 0; j < nr; ++j) {
      const double s = token_similarity(left.tokens[i], right.tokens[j], both_marked, vietnamese_order, stats, config);
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
  // A middle name left over on both sides is a different middle name, not a
  // missing one: "Nguyễn Thị Như Quỳnh" is not "Nguyễn Thị Ngọc Quỳnh".
  // A middle token is missing (tolerated) only when the other name is
  // aligned in full; otherwise it stands against some other token.
  const bool middle_conflict = std::find(used_l.begin(), used_l.end(), false) != used_l.end() &&
                               std::find(used_r.begin(), used_r.end(), false) != used_r.end();
  auto add_unaligned = [&](const NameToken& t, double w, bool is_left) {
    const double factor = t.role != TokenRole::kMiddle ? config.missing_token_factor
                          : middle_conflict             ? config.middle_conflict_factor
                                                        : config.missing_middle_factor;
    out.unaligned.push_back({t.text, t.role, is_left, w * factor, t.role == TokenRole::kMiddle && middle_conflict});
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
  const auto unaligned_family = [](const NormalizedName& n, const std::vector<bool>& used) {
    for (size_t k = 0; k < n.tokens.size(); ++k) {
      if (n.tokens[k].role == TokenRole::kFamily) {
        return !used[k];
      }
    }
    return false;
  };
  if (unaligned_family(left, used_l) && unaligned_family(right, used_r)) {
    out.score = std::min(out.score, config.family_conflict_cap);
  }
  if (out.aligned.size() <= 1) {
    out.score = std::min(out.score, config.single_token_cap);
  }
  return out;
}

}  // namespace frontline::match
