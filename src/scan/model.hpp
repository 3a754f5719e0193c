// The learned text classifier beside the lexicon (issue 6, point 4;
// docs/scan-model.md): logistic regression over hashed features of the
// folded text (text::fold) — word unigrams and bigrams and character 3- to
// 5-grams within words, digits read as 0 — in 2^18 buckets by FNV-1a, each
// text's feature vector scaled to unit length. Trained by SGD with L2 in an
// order drawn from a fixed seed: the same data and options give the same
// weights bit for bit.
//
// Thread-safety: a TextModel is immutable once trained or loaded;
// probability() may be called from any number of threads at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "scan/labelled.hpp"
#include "util/result.hpp"

namespace frontline::scan {

struct FeatureOptions {
  int bucket_bits = 18;  // 2^bits buckets, 10..24
  int char_min = 3;      // character n-grams of a word padded as "<word>"
  int char_max = 5;
  bool word_bigrams = true;
};

struct TrainOptions {
  FeatureOptions features;
  uint64_t seed = 20261124;  // the order of examples in each epoch
  int epochs = 25;
  double learning_rate = 0.5;  // at the start; decays as lr / (1 + lr * l2 * step)
  double l2 = 1e-4;
};

class TextModel {
 public:
  // The probability, in [0, 1], that `text` is a recruitment post leading to
  // trafficking or a scam centre. Invalid UTF-8 is read as no text (the
  // bias alone).
  double probability(std::string_view text) const;
  // The same for text already folded by text::fold (the scanner's word text).
  double probability_folded(std::string_view folded) const;

  // Writes the model (format in model.cpp: magic, version, feature options,
  // bias, non-zero weights, checksum), the same bytes for the same model.
  // Unavailable when the file cannot be written.
  Status save(const std::filesystem::path& path) const;
  // NotFound when the file is missing; Corruption when it is not a model
  // file of this version or fails its checksum.
  static Result<TextModel> load(const std::filesystem::path& path);
  // The same, in memory.
  std::string serialize() const;
  static Result<TextModel> deserialize(std::string_view bytes);

  const FeatureOptions& features() const { return features_; }
  size_t nonzero_weights() const;

 private:
  friend Result<TextModel> train_model(const std::vector<LabelledText>&, const TrainOptions&);
  FeatureOptions features_;
  double bias_ = 0.0;
  std::vector<double> weights_;  // 2^bucket_bits
};

// Trains on every text of `data` (callers pass the train split).
// InvalidArgument when `data` is empty or holds one label only, or when an
// option is out of range.
Result<TextModel> train_model(const std::vector<LabelledText>& data, const TrainOptions& options);

// The train split of builtin_labelled() (split_of), with default options,
// trained once per process on first use (about 35 ms; docs/scan-model.md).
const TextModel& builtin_model();

// The risk of a post from the lexicon's score and the model's probability,
// both in [0, 1]: the larger of the two. Chosen on the validation split over
// mean and noisy-OR (max had the best F1 and PR-AUC of the combinations);
// the model alone scored a little higher there still, but it learnt from a
// small set written by one author, and the lexicon keeps a post that states
// red flags high whatever the model makes of its wording (docs/scan-model.md).
double combined_risk(double lexicon_score, double model_probability);

// The hashed feature buckets of `text` (folded inside), sorted and unique;
// exposed for tests.
std::vector<uint32_t> feature_buckets(std::string_view text, const FeatureOptions& options);
// The same for text already folded by text::fold.
std::vector<uint32_t> folded_feature_buckets(std::string_view folded, const FeatureOptions& options);

}  // namespace frontline::scan
