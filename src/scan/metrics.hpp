// Quality of a binary classifier's scores against labels (issue 6, point 4):
// precision, recall and F1 at a threshold, and PR-AUC as average precision
// computed exactly from the ranking.
#pragma once

#include <cstddef>
#include <vector>

namespace frontline::scan {

struct ThresholdMetrics {
  size_t tp = 0, fp = 0, fn = 0, tn = 0;
  double precision = 0.0;  // tp / (tp + fp); 0 when nothing is predicted positive
  double recall = 0.0;     // tp / (tp + fn); 0 when there are no positives
  double f1 = 0.0;         // harmonic mean; 0 when precision + recall is 0
};

// A text is predicted positive when its score >= threshold. `scores` and
// `labels` (1 positive, 0 negative) have the same length (asserted).
ThresholdMetrics metrics_at(const std::vector<double>& scores, const std::vector<int>& labels, double threshold);

// The threshold, among the distinct `scores`, at which metrics_at gives the
// highest F1 (the highest such threshold on a tie: fewer alerts for the same
// F1); 0.5 when `scores` is empty. Chosen on a validation split, then applied
// unchanged to the test split.
double best_f1_threshold(const std::vector<double>& scores, const std::vector<int>& labels);

// Average precision: sum over the distinct scores, highest first, of
// (recall gained at that score) x (precision at that score), texts with equal
// scores taken together (as scikit-learn's average_precision_score). 0 when
// there are no positives. Same preconditions as metrics_at.
double average_precision(const std::vector<double>& scores, const std::vector<int>& labels);

}  // namespace frontline::scan
