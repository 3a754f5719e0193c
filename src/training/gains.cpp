#include "training/gains.hpp"

namespace frontline::training {
namespace {

// Pre scores are 0-100 with one decimal; anything this close to 100 is 100.
constexpr double kFull = 100.0 - 1e-9;

std::optional<double> normalized(double pre, double post) {
  if (pre >= kFull) {
    return std::nullopt;
  }
  return (post - pre) / (100.0 - pre);
}

}  // namespace

Gain gain_of(const ScorePair& scores) {
  Gain g;
  g.pre = scores.pre;
  g.post = scores.post;
  if (scores.pre && scores.post) {
    g.gain = *scores.post - *scores.pre;
    g.normalized_gain = normalized(*scores.pre, *scores.post);
  }
  return g;
}

MeanGain mean_gain(const std::vector<ScorePair>& participants) {
  MeanGain m;
  double pre = 0.0;
  double post = 0.0;
  for (const auto& p : participants) {
    if (p.pre && p.post) {
      ++m.matched;
      pre += *p.pre;
      post += *p.post;
    }
  }
  if (m.matched == 0) {
    return m;
  }
  m.mean_pre = pre / static_cast<double>(m.matched);
  m.mean_post = post / static_cast<double>(m.matched);
  m.mean_gain = *m.mean_post - *m.mean_pre;
  m.normalized_gain = normalized(*m.mean_pre, *m.mean_post);
  return m;
}

std::map<int64_t, double> module_scores(const std::map<int64_t, bool>& correct,
                                        const std::map<int64_t, int64_t>& module_of) {
  std::map<int64_t, std::pair<int64_t, int64_t>> tally;  // module -> (correct, questions)
  for (const auto& [question, ok] : correct) {
    auto m = module_of.find(question);
    if (m == module_of.end()) {
      continue;
    }
    auto& t = tally[m->second];
    t.first += ok ? 1 : 0;
    t.second += 1;
  }
  std::map<int64_t, double> out;
  for (const auto& [module, t] : tally) {
    out[module] = 100.0 * static_cast<double>(t.first) / static_cast<double>(t.second);
  }
  return out;
}

}  // namespace frontline::training
