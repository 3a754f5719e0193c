// Threshold metrics and average precision (metrics.hpp).
#include "scan/metrics.hpp"

#include <algorithm>
#include <cassert>
#include <functional>
#include <numeric>

namespace frontline::scan {

ThresholdMetrics metrics_at(const std::vector<double>& scores, const std::vector<int>& labels, double threshold) {
  assert(scores.size() == labels.size());
  ThresholdMetrics m;
  for (size_t i = 0; i < scores.size(); ++i) {
    const bool predicted = scores[i] >= threshold;
    const bool actual = labels[i] == 1;
    if (predicted && actual) {
      ++m.tp;
    } else if (predicted) {
      ++m.fp;
    } else if (actual) {
      ++m.fn;
    } else {
      ++m.tn;
    }
  }
  m.precision = m.tp + m.fp == 0 ? 0.0 : static_cast<double>(m.tp) / static_cast<double>(m.tp + m.fp);
  m.recall = m.tp + m.fn == 0 ? 0.0 : static_cast<double>(m.tp) / static_cast<double>(m.tp + m.fn);
  m.f1 = m.precision + m.recall == 0.0 ? 0.0 : 2.0 * m.precision * m.recall / (m.precision + m.recall);
  return m;
}

double best_f1_threshold(const std::vector<double>& scores, const std::vector<int>& labels) {
  std::vector<double> candidates = scores;
  std::sort(candidates.begin(), candidates.end(), std::greater<>());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  double best = 0.5;
  double best_f1 = -1.0;
  for (double t : candidates) {  // highest first, so a tie keeps the higher threshold
    const double f1 = metrics_at(scores, labels, t).f1;
    if (f1 > best_f1) {
      best_f1 = f1;
      best = t;
    }
  }
  return best;
}

double average_precision(const std::vector<double>& scores, const std::vector<int>& labels) {
  assert(scores.size() == labels.size());
  const size_t positives = static_cast<size_t>(std::count(labels.begin(), labels.end(), 1));
  if (positives == 0) {
    return 0.0;
  }
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  double ap = 0.0;
  size_t tp = 0;
  size_t seen = 0;
  for (size_t i = 0; i < order.size();) {
    // One group of equal scores: all predicted positive together.
    size_t gained = 0;
    size_t j = i;
    for (; j < order.size() && scores[order[j]] == scores[order[i]]; ++j) {
      gained += labels[order[j]] == 1 ? 1 : 0;
    }
    tp += gained;
    seen += j - i;
    if (gained > 0) {
      ap += (static_cast<double>(gained) / static_cast<double>(positives)) *
            (static_cast<double>(tp) / static_cast<double>(seen));
    }
    i = j;
  }
  return ap;
}

}  // namespace frontline::scan
