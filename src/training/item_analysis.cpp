#include "training/item_analysis.hpp"

#include <algorithm>
#include <numeric>

namespace frontline::training {
namespace {

// Weight of each response (in `order`, sorted best first for the upper group
// or worst first for the lower) in a group of `g`: 1 before the boundary
// score, an equal share of the free places for those tied with it, 0 after.
std::vector<double> group_weights(const std::vector<ItemResponse>& responses, const std::vector<size_t>& order,
                                  int64_t g) {
  std::vector<double> w(responses.size(), 0.0);
  const double boundary = responses[order[static_cast<size_t>(g - 1)]].total;
  int64_t before = 0;
  int64_t tied = 0;
  for (size_t i : order) {
    if (responses[i].total == boundary) {
      ++tied;
    } else if (tied == 0) {
      ++before;  // strictly better (or worse) than the boundary
    }
  }
  const double share = static_cast<double>(g - before) / static_cast<double>(tied);
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k];
    if (responses[i].total == boundary) {
      w[i] = share;
    } else if (static_cast<int64_t>(k) < before) {
      w[i] = 1.0;
    }
  }
  return w;
}

bool scored(const ItemResponse& r, size_t q) { return q < r.correct.size() && r.correct[q]; }

}  // namespace

int64_t extreme_group_size(int64_t attempts) { return std::max<int64_t>(1, (27 * attempts + 50) / 100); }

ItemAnalysis analyse_items(const std::vector<ItemResponse>& responses, size_t questions) {
  ItemAnalysis out;
  const auto n = static_cast<int64_t>(responses.size());
  out.attempts = n;
  out.items.resize(questions);
  for (size_t q = 0; q < questions; ++q) {
    for (const auto& r : responses) {
      out.items[q].correct += scored(r, q) ? 1 : 0;
    }
    if (n > 0) {
      out.items[q].difficulty = static_cast<double>(out.items[q].correct) / static_cast<double>(n);
    }
  }
  if (n < kMinAttemptsForDiscrimination) {
    return out;
  }
  const int64_t g = extreme_group_size(n);
  out.group_size = g;
  std::vector<size_t> best_first(responses.size());
  std::iota(best_first.begin(), best_first.end(), size_t{0});
  std::stable_sort(best_first.begin(), best_first.end(),
                   [&](size_t a, size_t b) { return responses[a].total > responses[b].total; });
  const std::vector<size_t> worst_first(best_first.rbegin(), best_first.rend());
  const auto upper = group_weights(responses, best_first, g);
  const auto lower = group_weights(responses, worst_first, g);
  for (size_t q = 0; q < questions; ++q) {
    double up = 0.0;
    double low = 0.0;
    for (size_t i = 0; i < responses.size(); ++i) {
      if (scored(responses[i], q)) {
        up += upper[i];
        low += lower[i];
      }
    }
    out.items[q].discrimination = (up - low) / static_cast<double>(g);
  }
  return out;
}

}  // namespace frontline::training
