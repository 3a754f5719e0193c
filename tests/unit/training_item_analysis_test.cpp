// Tests for training/item_analysis: difficulty, the 27 % discrimination
// index with hand-computed values, the group size, and the tie rule
// (fractional membership at a group's boundary, independent of order).
#include "training/item_analysis.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace frontline::training {
namespace {

ItemResponse r(double total, std::vector<bool> correct) { return ItemResponse{total, std::move(correct)}; }

TEST(TrainingItemAnalysis, GroupSizeIs27PercentRoundedHalfUpAtLeastOne) {
  EXPECT_EQ(extreme_group_size(1), 1);
  EXPECT_EQ(extreme_group_size(4), 1);   // 1.08
  EXPECT_EQ(extreme_group_size(5), 1);   // 1.35
  EXPECT_EQ(extreme_group_size(6), 2);   // 1.62
  EXPECT_EQ(extreme_group_size(10), 3);  // 2.7
  EXPECT_EQ(extreme_group_size(50), 14); // 13.5, half up
  EXPECT_EQ(extreme_group_size(100), 27);
  EXPECT_EQ(extreme_group_size(600), 162);
}

TEST(TrainingItemAnalysis, TenAttemptsByHand) {
  // Totals 90, 80, ..., 0: upper group {90, 80, 70}, lower {0, 10, 20}.
  // Q1 right for 90, 80, 70, 60, 10: difficulty 5/10, upper 3/3, lower 1/3.
  // Q2 right for 90, 20, 10, 0: difficulty 4/10, upper 1/3, lower 3/3.
  // Q3 right for everyone: difficulty 1, index 0.
  std::vector<ItemResponse> in;
  for (int t = 9; t >= 0; --t) {
    const bool q1 = t >= 6 || t == 1;
    const bool q2 = t == 9 || t <= 2;
    in.push_back(r(10.0 * t, {q1, q2, true}));
  }
  const auto a = analyse_items(in, 3);
  EXPECT_EQ(a.attempts, 10);
  EXPECT_EQ(a.group_size, 3);
  ASSERT_EQ(a.items.size(), 3u);
  EXPECT_EQ(a.items[0].correct, 5);
  EXPECT_DOUBLE_EQ(*a.items[0].difficulty, 0.5);
  EXPECT_NEAR(*a.items[0].discrimination, 1.0 - 1.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(*a.items[1].difficulty, 0.4);
  EXPECT_NEAR(*a.items[1].discrimination, 1.0 / 3.0 - 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(*a.items[2].difficulty, 1.0);
  EXPECT_NEAR(*a.items[2].discrimination, 0.0, 1e-12);
}

TEST(TrainingItemAnalysis, FewerThanFourAttemptsHaveNoDiscrimination) {
  const auto a = analyse_items({r(100, {true}), r(0, {false}), r(50, {true})}, 1);
  EXPECT_EQ(a.group_size, 0);
  EXPECT_NEAR(*a.items[0].difficulty, 2.0 / 3.0, 1e-12);
  EXPECT_FALSE(a.items[0].discrimination.has_value());

  const auto none = analyse_items({}, 2);
  EXPECT_EQ(none.attempts, 0);
  ASSERT_EQ(none.items.size(), 2u);
  EXPECT_FALSE(none.items[0].difficulty.has_value());
  EXPECT_FALSE(none.items[0].discrimination.has_value());
}

TEST(TrainingItemAnalysis, TiesAtTheBoundaryShareThePlaceWhateverTheOrder) {
  // n = 4, g = 1. Two attempts tie at the top (80): each counts 1/2 in the
  // upper group. Q1 is right for one of them and for the bottom (0):
  // upper 0.5, lower 1, index -0.5.
  std::vector<ItemResponse> in = {r(80, {true}), r(80, {false}), r(40, {false}), r(0, {true})};
  auto a = analyse_items(in, 1);
  EXPECT_EQ(a.group_size, 1);
  EXPECT_DOUBLE_EQ(*a.items[0].discrimination, -0.5);
  std::reverse(in.begin(), in.end());
  a = analyse_items(in, 1);
  EXPECT_DOUBLE_EQ(*a.items[0].discrimination, -0.5);
  std::swap(in[0], in[2]);
  EXPECT_DOUBLE_EQ(*analyse_items(in, 1).items[0].discrimination, -0.5);
}

TEST(TrainingItemAnalysis, TieBlockLargerThanTheFreePlaces) {
  // n = 10, g = 3. Totals 90, 70, 70, 70, 50 x 3, 20, 10, 10.
  // Upper: 90 (weight 1) and the three 70s sharing 2 places (2/3 each).
  // Lower: 10, 10 (weight 1) and 20 (weight 1): exactly 3, no tie.
  // Q1 right for 90 and one 70: upper (1 + 2/3) / 3 = 5/9; lower: 0.
  // Q2 right for the three 70s and one 10: upper 3 × 2/3 / 3 = 2/3; lower 1/3.
  std::vector<ItemResponse> in = {r(90, {true, false}), r(70, {true, true}),  r(70, {false, true}),
                                  r(70, {false, true}), r(50, {false, false}), r(50, {false, false}),
                                  r(50, {false, false}), r(20, {false, false}), r(10, {false, true}),
                                  r(10, {false, false})};
  const auto a = analyse_items(in, 2);
  EXPECT_EQ(a.group_size, 3);
  EXPECT_NEAR(*a.items[0].discrimination, 5.0 / 9.0, 1e-12);
  EXPECT_NEAR(*a.items[1].discrimination, 2.0 / 3.0 - 1.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(*a.items[0].difficulty, 0.2);
  EXPECT_DOUBLE_EQ(*a.items[1].difficulty, 0.4);
}

TEST(TrainingItemAnalysis, EveryoneEqualDiscriminatesNothing) {
  std::vector<ItemResponse> in = {r(50, {true}), r(50, {false}), r(50, {true}), r(50, {false}), r(50, {true})};
  const auto a = analyse_items(in, 1);
  EXPECT_DOUBLE_EQ(*a.items[0].difficulty, 0.6);
  EXPECT_NEAR(*a.items[0].discrimination, 0.0, 1e-12);
}

TEST(TrainingItemAnalysis, ShortResponsesCountMissingQuestionsAsWrong) {
  std::vector<ItemResponse> in = {r(100, {true, true}), r(50, {true}), r(50, {true}), r(0, {})};
  const auto a = analyse_items(in, 2);
  EXPECT_EQ(a.items[1].correct, 1);
  EXPECT_DOUBLE_EQ(*a.items[1].difficulty, 0.25);
  EXPECT_DOUBLE_EQ(*a.items[1].discrimination, 1.0);  // upper {100}: right; lower {0}: wrong
  EXPECT_DOUBLE_EQ(*a.items[0].discrimination, 1.0);
}

}  // namespace
}  // namespace frontline::training
