// Tests for training/gains: per participant gain and normalized gain, the
// course means over matched participants, the normalized gain of the means,
// and per-module scores, all against hand-computed values.
#include "training/gains.hpp"

#include <gtest/gtest.h>

namespace frontline::training {
namespace {

TEST(TrainingGains, ParticipantGain) {
  const auto g = gain_of({40.0, 70.0});
  EXPECT_DOUBLE_EQ(*g.gain, 30.0);
  EXPECT_DOUBLE_EQ(*g.normalized_gain, 0.5);  // 30 / 60

  const auto worse = gain_of({80.0, 70.0});
  EXPECT_DOUBLE_EQ(*worse.gain, -10.0);
  EXPECT_DOUBLE_EQ(*worse.normalized_gain, -0.5);  // -10 / 20

  const auto full = gain_of({100.0, 90.0});
  EXPECT_DOUBLE_EQ(*full.gain, -10.0);
  EXPECT_FALSE(full.normalized_gain.has_value());  // nothing left to learn

  const auto no_post = gain_of({55.5, std::nullopt});
  EXPECT_DOUBLE_EQ(*no_post.pre, 55.5);
  EXPECT_FALSE(no_post.gain.has_value());
  EXPECT_FALSE(no_post.normalized_gain.has_value());
  EXPECT_FALSE(gain_of({std::nullopt, 80.0}).gain.has_value());
}

TEST(TrainingGains, CourseMeansUseMatchedParticipantsOnly) {
  // Matched: (40, 70), (60, 90), (20, 60): mean pre 40, mean post 220/3,
  // gain 100/3, normalized gain of the means (100/3) / 60 = 5/9.
  const auto m = mean_gain({{40.0, 70.0}, {60.0, 90.0}, {50.0, std::nullopt}, {std::nullopt, 80.0}, {20.0, 60.0}});
  EXPECT_EQ(m.matched, 3);
  EXPECT_DOUBLE_EQ(*m.mean_pre, 40.0);
  EXPECT_NEAR(*m.mean_post, 220.0 / 3.0, 1e-12);
  EXPECT_NEAR(*m.mean_gain, 100.0 / 3.0, 1e-12);
  EXPECT_NEAR(*m.normalized_gain, 5.0 / 9.0, 1e-12);
}

TEST(TrainingGains, NormalizedGainOfTheMeansDiffersFromTheMeanOfGains) {
  // (0, 50): g = 0.5; (90, 100): g = 1. Mean of gains would be 0.75; the
  // gain of the means is (75 - 45) / (100 - 45) = 30 / 55.
  const auto m = mean_gain({{0.0, 50.0}, {90.0, 100.0}});
  EXPECT_DOUBLE_EQ(*m.mean_pre, 45.0);
  EXPECT_DOUBLE_EQ(*m.mean_post, 75.0);
  EXPECT_NEAR(*m.normalized_gain, 30.0 / 55.0, 1e-12);
}

TEST(TrainingGains, NoMatchedOrFullPre) {
  const auto none = mean_gain({{50.0, std::nullopt}});
  EXPECT_EQ(none.matched, 0);
  EXPECT_FALSE(none.mean_pre.has_value());
  EXPECT_FALSE(none.normalized_gain.has_value());
  const auto full = mean_gain({{100.0, 100.0}, {100.0, 80.0}});
  EXPECT_DOUBLE_EQ(*full.mean_gain, -10.0);
  EXPECT_FALSE(full.normalized_gain.has_value());
}

TEST(TrainingGains, ModuleScores) {
  // Module 10: questions 1 (right), 2 (wrong): 50. Module 20: 3, 4 right,
  // 5 wrong: 200/3. Question 6 has no module and is left out.
  const auto s = module_scores({{1, true}, {2, false}, {3, true}, {4, true}, {5, false}, {6, true}},
                               {{1, 10}, {2, 10}, {3, 20}, {4, 20}, {5, 20}});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_DOUBLE_EQ(s.at(10), 50.0);
  EXPECT_NEAR(s.at(20), 200.0 / 3.0, 1e-12);
}

}  // namespace
}  // namespace frontline::training
