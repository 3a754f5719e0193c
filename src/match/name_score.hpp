// Comparing two normalized names, order-independently: tokens are aligned by
// Jaro-Winkler similarity, each weighted by its rarity among the indexed
// names (TokenStats). Pure; safe from any thread if `stats` is.
#pragma once

#include <string>
#include <vector>

#include "match/name.hpp"
#include "match/scoring_config.hpp"
#include "match/token_stats.hpp"

namespace frontline::match {

struct AlignedTokens {
  std::string left;   // folded token of the first name
  std::string right;  // folded token of the second name
  double similarity = 0.0;  // Jaro-Winkler, >= min_token_similarity
  double weight = 0.0;      // evidence weight of the pair (sum of both tokens' weights)
};

struct UnalignedToken {
  std::string token;
  TokenRole role = TokenRole::kGiven;
  bool left = true;     // from the first name (else the second)
  double cost = 0.0;    // its weight times the missing-middle or missing-token factor
};

struct NameComparison {
  double score = 0.0;  // in [0, 1]: 1 for the same tokens in any order
  std::vector<AlignedTokens> aligned;
  std::vector<UnalignedToken> unaligned;
};

// The weight of one token: token_rarity(stats, token), times
// common_middle_factor when the token is a common middle name (Thị, Văn),
// whatever role it was given.
double token_weight(const NameToken& token, const TokenStats& stats, const NameScoring& config);

// Aligns tokens greedily: all pairs with similarity >= min_token_similarity
// (Jaro-Winkler; a token shorter than fuzzy_min_length only aligns with an
// equal one), most similar first (ties: heavier first), each token used
// once. Then
//   score = sum(similarity * weight) / (sum(weight) + sum(unaligned cost))
// over aligned pairs, where an unaligned middle token costs its weight times
// missing_middle_factor (a missing middle name is tolerated) and an
// unaligned family or given token its weight times missing_token_factor;
// with at most one aligned pair the score is capped at single_token_cap.
NameComparison compare_names(const NormalizedName& left, const NormalizedName& right, const TokenStats& stats,
                             const NameScoring& config);

}  // namespace frontline::match
