// Hashed-feature logistic regression (model.hpp).
#include "scan/model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "util/durable_file.hpp"
#include "util/text.hpp"

namespace frontline::scan {
namespace {

// File format, all integers and doubles little-endian:
//   8 bytes "FLSCANLR", u32 version (1), u32 bucket_bits, u32 char_min,
//   u32 char_max, u32 word_bigrams (0|1), f64 bias, u32 n,
//   n x (u32 bucket, f64 weight) in increasing bucket order (non-zero only),
//   u64 FNV-1a of every byte before it.
constexpr std::string_view kMagic = "FLSCANLR";
constexpr uint32_t kVersion = 1;

double sigmoid(double z) {
  if (z >= 0) {
    return 1.0 / (1.0 + std::exp(-z));
  }
  const double e = std::exp(z);
  return e / (1.0 + e);
}

// splitmix64: a small generator whose sequence is fixed by its seed on
// every platform (the standard library's distributions are not).
struct SplitMix64 {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) {
    out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) {
    out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
}
void put_f64(std::string& out, double d) {
  uint64_t v;
  std::memcpy(&v, &d, sizeof v);
  put_u64(out, v);
}

// Reads the format above; `ok` turns false on a short read.
struct Reader {
  std::string_view in;
  size_t pos = 0;
  bool ok = true;
  uint64_t take(int bytes) {
    if (pos + static_cast<size_t>(bytes) > in.size()) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) {
      v |= static_cast<uint64_t>(static_cast<unsigned char>(in[pos + static_cast<size_t>(i)])) << (8 * i);
    }
    pos += static_cast<size_t>(bytes);
    return v;
  }
  uint32_t u32() { return static_cast<uint32_t>(take(4)); }
  uint64_t u64() { return take(8); }
  double f64() {
    const uint64_t v = take(8);
    double d;
    std::memcpy(&d, &v, sizeof d);
    return d;
  }
};

Status check_options(const FeatureOptions& f) {
  if (f.bucket_bits < 10 || f.bucket_bits > 24) {
    return Error::invalid_field("bucket_bits", "must be from 10 to 24");
  }
  if (f.char_min < 1 || f.char_max < f.char_min || f.char_max > 8) {
    return Error::invalid_field("char_ngrams", "must satisfy 1 <= min <= max <= 8");
  }
  return {};
}

}  // namespace

std::vector<uint32_t> feature_buckets(std::string_view text, const FeatureOptions& options) {
  if (!text::is_valid_utf8(text)) {
    return {};
  }
  return folded_feature_buckets(text::fold(text), options);
}

std::vector<uint32_t> folded_feature_buckets(std::string_view folded, const FeatureOptions& options) {
  std::vector<uint32_t> out;
  const uint32_t mask = (1u << options.bucket_bits) - 1;
  // Every feature is hashed (FNV-1a) after a one-byte tag, so a word and a
  // character n-gram of the same letters land in different buckets. FNV-1a
  // runs byte by byte, so a feature's hash is built from its pieces without
  // putting them in a string: tag, then the bytes (digits as '0': amounts,
  // phones and ages differ in their digits, not in their shape).
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  auto start = [](char tag) { return fnv1a64(std::string_view(&tag, 1)); };
  auto add = [&](uint64_t h, char c) { return (h ^ static_cast<uint8_t>(c >= '0' && c <= '9' ? '0' : c)) * kPrime; };
  auto add_all = [&](uint64_t h, std::string_view s) {
    for (char c : s) h = add(h, c);
    return h;
  };
  auto bucket = [&](uint64_t h) { return static_cast<uint32_t>((h ^ (h >> 32)) & mask); };
  std::string_view prev;
  for (size_t pos = 0; pos < folded.size();) {
    size_t end = folded.find(' ', pos);
    if (end == std::string_view::npos) end = folded.size();
    if (end == pos) {
      ++pos;
      continue;
    }
    const std::string_view word = folded.substr(pos, end - pos);
    out.push_back(bucket(add_all(start('w'), word)));
    if (options.word_bigrams && !prev.empty()) {
      out.push_back(bucket(add_all(add(add_all(start('b'), prev), ' '), word)));
    }
    // Character n-grams of "<word>", read without building it.
    const size_t padded = word.size() + 2;
    auto at = [&](size_t k) { return k == 0 ? '<' : k == padded - 1 ? '>' : word[k - 1]; };
    for (int n = options.char_min; n <= options.char_max; ++n) {
      const size_t len = static_cast<size_t>(n);
      for (size_t k = 0; k + len <= padded; ++k) {
        uint64_t h = start('c');
        for (size_t j = 0; j < len; ++j) h = add(h, at(k + j));
        out.push_back(bucket(h));
      }
    }
    prev = word;
    pos = end + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double TextModel::probability(std::string_view text) const {
  if (!text::is_valid_utf8(text)) {
    return sigmoid(bias_);
  }
  return probability_folded(text::fold(text));
}

double TextModel::probability_folded(std::string_view folded) const {
  if (weights_.empty()) {
    return sigmoid(bias_);
  }
  const std::vector<uint32_t> buckets = folded_feature_buckets(folded, features_);
  double z = 0.0;
  for (uint32_t b : buckets) {
    z += weights_[b];
  }
  if (!buckets.empty()) {
    z /= std::sqrt(static_cast<double>(buckets.size()));
  }
  return sigmoid(bias_ + z);
}

size_t TextModel::nonzero_weights() const {
  return static_cast<size_t>(std::count_if(weights_.begin(), weights_.end(), [](double w) { return w != 0.0; }));
}

std::string TextModel::serialize() const {
  std::string out(kMagic);
  put_u32(out, kVersion);
  put_u32(out, static_cast<uint32_t>(features_.bucket_bits));
  put_u32(out, static_cast<uint32_t>(features_.char_min));
  put_u32(out, static_cast<uint32_t>(features_.char_max));
  put_u32(out, features_.word_bigrams ? 1 : 0);
  put_f64(out, bias_);
  put_u32(out, static_cast<uint32_t>(nonzero_weights()));
  for (size_t b = 0; b < weights_.size(); ++b) {
    if (weights_[b] != 0.0) {
      put_u32(out, static_cast<uint32_t>(b));
      put_f64(out, weights_[b]);
    }
  }
  put_u64(out, fnv1a64(out));
  return out;
}

Result<TextModel> TextModel::deserialize(std::string_view bytes) {
  if (bytes.size() < kMagic.size() + 8 || bytes.substr(0, kMagic.size()) != kMagic) {
    return Error::corruption("not a Frontline scan model file");
  }
  Reader r{bytes, kMagic.size()};
  const uint32_t version = r.u32();
  if (version != kVersion) {
    return Error::corruption("scan model file version " + std::to_string(version) + " is not supported (expected " +
                             std::to_string(kVersion) + ")");
  }
  if (bytes.size() < 8 || fnv1a64(bytes.substr(0, bytes.size() - 8)) !=
                              Reader{bytes.substr(bytes.size() - 8)}.u64()) {
    return Error::corruption("scan model file fails its checksum");
  }
  TextModel m;
  m.features_.bucket_bits = static_cast<int>(r.u32());
  m.features_.char_min = static_cast<int>(r.u32());
  m.features_.char_max = static_cast<int>(r.u32());
  const uint32_t bigrams = r.u32();
  m.features_.word_bigrams = bigrams == 1;
  m.bias_ = r.f64();
  const uint32_t n = r.u32();
  if (!r.ok || bigrams > 1 || !check_options(m.features_).ok() || !std::isfinite(m.bias_)) {
    return Error::corruption("scan model file has a bad header");
  }
  m.weights_.assign(size_t{1} << m.features_.bucket_bits, 0.0);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t b = r.u32();
    const double w = r.f64();
    if (!r.ok || b >= m.weights_.size() || !std::isfinite(w)) {
      return Error::corruption("scan model file has a bad weight " + std::to_string(i));
    }
    m.weights_[b] = w;
  }
  if (r.pos + 8 != bytes.size()) {
    return Error::corruption("scan model file has the wrong length");
  }
  return m;
}

Status TextModel::save(const std::filesystem::path& path) const {
  return durable::write_file(path, serialize(), 0644);
}

Result<TextModel> TextModel::load(const std::filesystem::path& path) {
  FL_ASSIGN_OR_RETURN(std::string bytes, durable::read_file(path));
  return deserialize(bytes);
}

Result<TextModel> train_model(const std::vector<LabelledText>& data, const TrainOptions& options) {
  FL_TRY(check_options(options.features));
  if (options.epochs < 1 || options.epochs > 1000 || !(options.learning_rate > 0) || !(options.l2 >= 0)) {
    return Error::invalid_field("options", "epochs must be 1..1000, learning rate > 0, l2 >= 0");
  }
  const auto positives = std::count_if(data.begin(), data.end(), [](const LabelledText& t) { return t.label == 1; });
  if (positives == 0 || static_cast<size_t>(positives) == data.size()) {
    return Error::invalid_field("data", "needs posts of both labels");
  }
  std::vector<std::vector<uint32_t>> x;
  x.reserve(data.size());
  for (const LabelledText& t : data) {
    x.push_back(feature_buckets(t.text, options.features));
  }

  // SGD on the log loss with L2, the weights kept as scale * v so that the
  // decay of every weight costs one multiplication (Bottou, "Stochastic
  // gradient descent tricks", 2012).
  TextModel m;
  m.features_ = options.features;
  std::vector<double> v(size_t{1} << options.features.bucket_bits, 0.0);
  double scale = 1.0;
  double bias = 0.0;
  SplitMix64 rng{options.seed};
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), size_t{0});
  uint64_t step = 0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates
      std::swap(order[i - 1], order[rng.next() % i]);
    }
    for (size_t idx : order) {
      const std::vector<uint32_t>& f = x[idx];
      const double value = f.empty() ? 0.0 : 1.0 / std::sqrt(static_cast<double>(f.size()));
      const double eta =
          options.learning_rate / (1.0 + options.learning_rate * options.l2 * static_cast<double>(step));
      double z = 0.0;
      for (uint32_t b : f) {
        z += v[b];
      }
      const double g = sigmoid(bias + scale * z * value) - data[idx].label;
      scale *= 1.0 - eta * options.l2;
      if (scale < 1e-9) {
        for (double& w : v) {
          w *= scale;
        }
        scale = 1.0;
      }
      const double delta = eta * g * value / scale;
      for (uint32_t b : f) {
        v[b] -= delta;
      }
      bias -= eta * g;
      ++step;
    }
  }
  for (double& w : v) {
    w *= scale;
  }
  m.weights_ = std::move(v);
  m.bias_ = bias;
  return m;
}

const TextModel& builtin_model() {
  static const TextModel model = [] {
    std::vector<LabelledText> train;
    for (const LabelledText& t : builtin_labelled()) {
      if (split_of(t.id) == Split::kTrain) {
        train.push_back(t);
      }
    }
    auto trained = train_model(train, TrainOptions{});
    // The labelled files are checked by the tests; without them the model
    // says 0.5 for every text.
    return trained.ok() ? std::move(trained).value() : TextModel{};
  }();
  return model;
}

double combined_risk(double lexicon_score, double model_probability) {
  return std::max(lexicon_score, model_probability);
}

}  // namespace frontline::scan
