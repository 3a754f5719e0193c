// Judging the learned model, the lexicon and their combination on the
// held-out splits of a labelled set (issue 6, point 4; docs/scan-model.md),
// as `frontline scan train` reports it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/labelled.hpp"
#include "scan/metrics.hpp"
#include "scan/model.hpp"

namespace frontline::scan {

// The lexicon's score of a text, in [0, 1] (the scanner's lexicon_score).
using LexiconScorer = std::function<double(std::string_view text)>;

// One way of scoring, judged on one split.
struct SplitQuality {
  size_t texts = 0;
  size_t positives = 0;
  ThresholdMetrics at_threshold;
  double average_precision = 0.0;
};

struct MethodQuality {
  std::string method;  // "lexicon", "model", "combined", or a candidate: "mean", "max", "noisy_or"
  double threshold = 0.5;  // best_f1_threshold on the validation split, applied to both
  SplitQuality validation;
  SplitQuality test;
};

struct Evaluation {
  size_t train = 0, validation = 0, test = 0;
  size_t train_positives = 0, validation_positives = 0, test_positives = 0;
  std::vector<MethodQuality> methods;  // lexicon, model, combined, then the other candidates
};

// Scores every validation and test text of `data` (split_of) with the
// lexicon, the model, combined_risk and the other candidate combinations;
// each method's threshold is the one with the best F1 on validation (the
// lexicon's scores are not probabilities, so one fixed 0.5 would be unfair
// to it). Average precision needs no threshold.
Evaluation evaluate(const TextModel& model, const std::vector<LabelledText>& data, const LexiconScorer& lexicon);

// The texts of `data` in `split`.
std::vector<LabelledText> split_texts(const std::vector<LabelledText>& data, Split split);

}  // namespace frontline::scan
