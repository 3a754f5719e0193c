// Knowledge gain between the pre-test and the post-test of a course
// (docs/training.md, gain route).
//
// Per participant: gain = post − pre, normalized gain (Hake) = (post − pre) /
// (100 − pre): the share of what the participant did not know before that
// they learned. Undefined when either score is missing, and the normalized
// gain also when pre = 100 (nothing left to learn).
//
// Per course (and per module): the means of pre and post over the
// participants who have both ("matched"), the gain of the means, and the
// normalized gain of the means, (mean post − mean pre) / (100 − mean pre),
// which unlike a mean of individual normalized gains is defined whenever one
// participant had room to learn. Pure: no store.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace frontline::training {

struct ScorePair {
  std::optional<double> pre;   // 0-100
  std::optional<double> post;  // 0-100
};

struct Gain {
  std::optional<double> pre;
  std::optional<double> post;
  std::optional<double> gain;
  std::optional<double> normalized_gain;
};

Gain gain_of(const ScorePair& scores);

struct MeanGain {
  int64_t matched = 0;  // participants with both scores
  std::optional<double> mean_pre;
  std::optional<double> mean_post;
  std::optional<double> mean_gain;
  std::optional<double> normalized_gain;  // of the means; nullopt when mean pre is 100 or none matched
};

MeanGain mean_gain(const std::vector<ScorePair>& participants);

// The score (0-100, not rounded) an attempt earned on each module's
// questions: 100 × correct / questions of that module in the test.
// `correct` holds every question of the test (question id -> scored 1);
// `module_of` gives each question's module (questions it lacks are skipped).
std::map<int64_t, double> module_scores(const std::map<int64_t, bool>& correct,
                                        const std::map<int64_t, int64_t>& module_of);

}  // namespace frontline::training
