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
  double cost = 0.0;    // its weight times the missing-middle, middle-conflict or missing-token factor
  bool conflict = false;  // a middle token while the other name has an unaligned token too
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

// Aligns tokens greedily: all pairs with similarity >= min_token_similarity,
// most similar first (ties: heavier first), each token used once. The
// similarity of two tokens is the Jaro-Winkler similarity of the folded
// tokens (a token shorter than fuzzy_min_length only matches an equal one:
// 0 otherwise), raised to typo_similarity when they are one edit apart and
// one of them is in no indexed name (stats.counts_every_token() only) — or
// else minus diacritic_mismatch_penalty when both names are written with
// diacritics (NormalizedName::marked) and the tokens' marks differ; then
// minus given_role_mismatch_penalty when both names are in Vietnamese order
// with no other reading (kFamilyFirst, order_certain) and one token is the
// given name, the other a middle name. Then
//   score = sum(similarity * weight) / (sum(weight) + sum(unaligned cost))
// over aligned pairs, where an unaligned middle token costs its weight times
// missing_middle_factor when the other name is aligned in full (a missing
// middle name is tolerated), else times middle_conflict_factor (a different
// middle name), and an unaligned family or given token its weight times
// missing_token_factor; with at most one aligned pair the score is capped at
// single_token_cap.
NameComparison compare_names(const NormalizedName& left, const NormalizedName& right, const TokenStats& stats,
                             const NameScoring& config);

}  // namespace frontline::match
