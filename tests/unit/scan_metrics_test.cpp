// Precision, recall, F1 and average precision on cases worked out by hand.
#include "scan/metrics.hpp"

#include <gtest/gtest.h>

namespace frontline::scan {
namespace {

TEST(ScanMetrics, ThresholdCountsAndRatios) {
  // Scores >= 0.65 are predicted positive: 0.9 (pos), 0.8 (neg), 0.7 (pos).
  const std::vector<double> scores = {0.9, 0.8, 0.7, 0.6, 0.5};
  const std::vector<int> labels = {1, 0, 1, 0, 1};
  const ThresholdMetrics m = metrics_at(scores, labels, 0.65);
  EXPECT_EQ(m.tp, 2u);
  EXPECT_EQ(m.fp, 1u);
  EXPECT_EQ(m.fn, 1u);
  EXPECT_EQ(m.tn, 1u);
  EXPECT_DOUBLE_EQ(m.precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.recall, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.f1, 2.0 / 3.0);
}

TEST(ScanMetrics, ThresholdIsInclusiveAndF1IsTheHarmonicMean) {
  // At 0.5 every text is predicted positive: P = 3/5, R = 1, F1 = 2PR/(P+R) = 3/4.
  const ThresholdMetrics m = metrics_at({0.9, 0.8, 0.7, 0.6, 0.5}, {1, 0, 1, 0, 1}, 0.5);
  EXPECT_DOUBLE_EQ(m.precision, 0.6);
  EXPECT_DOUBLE_EQ(m.recall, 1.0);
  EXPECT_DOUBLE_EQ(m.f1, 0.75);
}

TEST(ScanMetrics, NothingPredictedOrNoPositivesGivesZeroNotNaN) {
  const ThresholdMetrics none = metrics_at({0.1, 0.2}, {1, 0}, 0.5);
  EXPECT_EQ(none.precision, 0.0);
  EXPECT_EQ(none.recall, 0.0);
  EXPECT_EQ(none.f1, 0.0);
  const ThresholdMetrics no_pos = metrics_at({0.9, 0.2}, {0, 0}, 0.5);
  EXPECT_EQ(no_pos.recall, 0.0);
  EXPECT_EQ(no_pos.f1, 0.0);
  EXPECT_EQ(average_precision({0.9, 0.2}, {0, 0}), 0.0);
}

TEST(ScanMetrics, AveragePrecisionFromTheRanking) {
  // Positives at ranks 1, 3 and 5: (1/1 + 2/3 + 3/5) / 3 = 34/45.
  EXPECT_NEAR(average_precision({0.9, 0.8, 0.7, 0.6, 0.5}, {1, 0, 1, 0, 1}), 34.0 / 45.0, 1e-12);
  // A perfect ranking scores 1 whatever the scores' scale; the worst with
  // one positive of four scores 1/4.
  EXPECT_DOUBLE_EQ(average_precision({0.3, 0.2, 0.1, 0.0}, {1, 1, 0, 0}), 1.0);
  EXPECT_DOUBLE_EQ(average_precision({0.4, 0.3, 0.2, 0.1}, {0, 0, 0, 1}), 0.25);
  // Input order does not matter.
  EXPECT_NEAR(average_precision({0.5, 0.7, 0.9, 0.6, 0.8}, {1, 1, 1, 0, 0}), 34.0 / 45.0, 1e-12);
}

TEST(ScanMetrics, TiedScoresCountTogether) {
  // 0.8 twice (one positive, one negative) then 0.3 (positive):
  // 1/2 x (1/2) + 1/2 x (2/3) = 7/12, not the 1/2 x 1 + ... of an arbitrary order.
  EXPECT_NEAR(average_precision({0.8, 0.8, 0.3}, {1, 0, 1}), 7.0 / 12.0, 1e-12);
  EXPECT_NEAR(average_precision({0.8, 0.8, 0.3}, {0, 1, 1}), 7.0 / 12.0, 1e-12);
}

TEST(ScanMetrics, BestF1ThresholdIsTheHighestAmongEqualBest) {
  // At 0.7: P 2/3, R 2/3 (F1 2/3); at 0.5: P 3/5, R 1 (F1 3/4); at 0.9: F1 1/2.
  EXPECT_EQ(best_f1_threshold({0.9, 0.8, 0.7, 0.6, 0.5}, {1, 0, 1, 0, 1}), 0.5);
  // Separable: only 0.6 gives F1 1 (0.9 misses a positive, 0.4 adds a negative).
  EXPECT_EQ(best_f1_threshold({0.9, 0.6, 0.4, 0.1}, {1, 1, 0, 0}), 0.6);
  EXPECT_EQ(best_f1_threshold({}, {}), 0.5);
}

}  // namespace
}  // namespace frontline::scan
