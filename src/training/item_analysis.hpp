// Classical item analysis of a test (docs/training.md, results route).
//
// Difficulty of a question: the share of attempts that answered it
// correctly (0-1; higher is easier). Discrimination index (Kelley): the share
// correct in the upper group minus the share correct in the lower group,
// the groups being the 27 % of attempts with the highest and the lowest
// total scores: g = round(0.27 × n) attempts each (halves up, at least 1).
// Undefined (nullopt) with fewer than 4 attempts, where two groups of one say
// nothing.
//
// Ties at a group's boundary: when the attempts whose score equals the
// boundary score do not all fit in the group, each of them counts with the
// same fraction (free places / tied attempts), so the index never depends
// on the order attempts were read in. When every attempt has the same total,
// both groups are the same weighted set and the index is 0.
//
// Pure: no store.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace frontline::training {

// One scored attempt: its total score and, per question of the test in test
// order, whether it scored 1.
struct ItemResponse {
  double total = 0.0;
  std::vector<bool> correct;
};

struct ItemStats {
  int64_t correct = 0;                    // attempts that answered it correctly
  std::optional<double> difficulty;       // correct / attempts; nullopt with no attempt
  std::optional<double> discrimination;   // -1..1; nullopt with fewer than 4 attempts
};

struct ItemAnalysis {
  int64_t attempts = 0;
  int64_t group_size = 0;  // g; 0 with fewer than 4 attempts
  std::vector<ItemStats> items;  // one per question, in test order
};

inline constexpr int64_t kMinAttemptsForDiscrimination = 4;

// The size of each extreme group for `attempts`: round(0.27 × attempts),
// halves up, at least 1.
int64_t extreme_group_size(int64_t attempts);

// Analyses `responses` over `questions` questions. A response whose
// `correct` is shorter than `questions` counts the missing ones as wrong.
ItemAnalysis analyse_items(const std::vector<ItemResponse>& responses, size_t questions);

}  // namespace frontline::training
