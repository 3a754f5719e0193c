// Scoring the held-out splits (model_eval.hpp).
#include "scan/model_eval.hpp"

#include <algorithm>

namespace frontline::scan {
namespace {

using Combine = double (*)(double lexicon, double model);

struct Method {
  const char* name;
  Combine combine;
};

// combined_risk first after the two parts; the rest are the candidates it
// was chosen from on the validation split.
const Method kMethods[] = {
    {"lexicon", [](double l, double) { return l; }},
    {"model", [](double, double m) { return m; }},
    {"combined", [](double l, double m) { return combined_risk(l, m); }},
    {"mean", [](double l, double m) { return 0.5 * (l + m); }},
    {"max", [](double l, double m) { return std::max(l, m); }},
    {"noisy_or", [](double l, double m) { return 1.0 - (1.0 - l) * (1.0 - m); }},
};

}  // namespace

std::vector<LabelledText> split_texts(const std::vector<LabelledText>& data, Split split) {
  std::vector<LabelledText> out;
  for (const LabelledText& t : data) {
    if (split_of(t.id) == split) {
      out.push_back(t);
    }
  }
  return out;
}

Evaluation evaluate(const TextModel& model, const std::vector<LabelledText>& data, const LexiconScorer& lexicon) {
  Evaluation ev;
  for (const LabelledText& t : data) {
    const Split s = split_of(t.id);
    (s == Split::kTrain ? ev.train : s == Split::kValidation ? ev.validation : ev.test)++;
    (s == Split::kTrain ? ev.train_positives : s == Split::kValidation ? ev.validation_positives : ev.test_positives) +=
        t.label == 1 ? 1 : 0;
  }
  struct Scored {
    std::vector<double> lexicon, model;
    std::vector<int> labels;
  };
  Scored validation, test;
  for (const LabelledText& t : data) {
    const Split s = split_of(t.id);
    if (s == Split::kTrain) {
      continue;
    }
    Scored& into = s == Split::kValidation ? validation : test;
    into.lexicon.push_back(lexicon(t.text));
    into.model.push_back(model.probability(t.text));
    into.labels.push_back(t.label);
  }
  auto scores_of = [](const Scored& s, Combine combine) {
    std::vector<double> scores(s.labels.size());
    for (size_t i = 0; i < scores.size(); ++i) {
      scores[i] = combine(s.lexicon[i], s.model[i]);
    }
    return scores;
  };
  auto judge = [&scores_of](const Scored& s, Combine combine, double threshold) {
    const std::vector<double> scores = scores_of(s, combine);
    SplitQuality q;
    q.texts = s.labels.size();
    q.positives = static_cast<size_t>(std::count(s.labels.begin(), s.labels.end(), 1));
    q.at_threshold = metrics_at(scores, s.labels, threshold);
    q.average_precision = average_precision(scores, s.labels);
    return q;
  };
  for (const Method& m : kMethods) {
    const double threshold = best_f1_threshold(scores_of(validation, m.combine), validation.labels);
    ev.methods.push_back({m.name, threshold, judge(validation, m.combine, threshold), judge(test, m.combine, threshold)});
  }
  return ev;
}

}  // namespace frontline::scan
