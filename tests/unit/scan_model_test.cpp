// The learned scan model: the labelled set is valid and its splits are
// disjoint, training is deterministic, the model file round-trips and is
// checked on load, and the model separates held-out posts.
#include "scan/model.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>

#include "scan/metrics.hpp"
#include "scan/model_eval.hpp"
#include "test_support.hpp"
#include "util/text.hpp"

namespace frontline::scan {
std::string_view embedded_labelled_jsonl();

namespace {

using frontline::testing::describe;
using frontline::testing::TempDir;

std::vector<LabelledText> tiny_set() {
  auto parsed = parse_labelled(
      R"({"id":"a1","label":1,"text":"Tuyển CSKH làm tại Campuchia, bao vé máy bay, lương 1000$, ib Telegram"}
{"id":"a2","label":1,"text":"can nguoi di cam lam game, luong 1k do, bao an o, di ngay"}
{"id":"a3","label":1,"text":"Job in Sihanoukville, free flight, passport kept by company, DM on Telegram"}
{"id":"b1","label":0,"text":"Công ty ở KCN Quế Võ tuyển công nhân, hợp đồng lao động, đóng BHXH"}
{"id":"b2","label":0,"text":"Cho thuê phòng trọ gần chợ, giá 3 triệu một tháng"}
{"id":"b3","label":0,"text":"Bank hiring tellers, apply on the official website, contract and insurance"}
)");
  EXPECT_TRUE(parsed.ok()) << describe(parsed);
  return parsed.ok() ? parsed.value() : std::vector<LabelledText>{};
}

TEST(ScanLabelled, BadLinesAreNamedByNumber) {
  const std::string doc =
      "{\"id\":\"x1\",\"label\":1,\"text\":\"ok\"}\n"
      "\n"
      "{not json\n"
      "{\"id\":\"x2\",\"label\":2,\"text\":\"t\"}\n"
      "{\"id\":\"x1\",\"label\":0,\"text\":\"again\"}\n"
      "{\"id\":\"x3\",\"label\":0}\n"
      "{\"id\":\"x4\",\"label\":0,\"text\":\"   \"}\n"
      "[1, 2]\n"
      "{\"id\":\"x5\",\"label\":0,\"text\":\"fine\",\"lang\":3}\n";
  auto r = parse_labelled(doc);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  const auto& f = r.error().fields;
  EXPECT_EQ(f.size(), 7u) << describe(r);
  EXPECT_TRUE(f.count("line 3"));
  EXPECT_EQ(f.at("line 4"), "label must be 0 or 1");
  EXPECT_EQ(f.at("line 5"), "id \"x1\" already used on line 1");
  EXPECT_EQ(f.at("line 6"), "text must be a non-blank string");
  EXPECT_EQ(f.at("line 7"), "text must be a non-blank string");
  EXPECT_EQ(f.at("line 8"), "must be a JSON object");
  EXPECT_EQ(f.at("line 9"), "lang must be a string");
  EXPECT_FALSE(parse_labelled("\n \n").ok());
  // Invalid UTF-8 inside a string is refused, not passed on to fold().
  EXPECT_TRUE(parse_labelled("{\"id\":\"u\",\"label\":0,\"text\":\"\xC3\x28\"}").error().fields.count("line 1"));
}

TEST(ScanLabelled, TheCompiledInSetIsValidAndAsDocumented) {
  auto parsed = parse_labelled(embedded_labelled_jsonl());
  ASSERT_TRUE(parsed.ok()) << describe(parsed);
  const std::vector<LabelledText>& set = builtin_labelled();
  ASSERT_EQ(set.size(), parsed->size());
  EXPECT_GE(set.size(), 600u);
  size_t positives = 0, english = 0;
  for (const LabelledText& t : set) {
    positives += t.label;
    english += t.lang == "en" ? 1 : 0;
    EXPECT_TRUE(t.lang == "vi" || t.lang == "en") << t.id;
    EXPECT_FALSE(t.kind.empty()) << t.id;
  }
  const double share = static_cast<double>(positives) / static_cast<double>(set.size());
  EXPECT_GT(share, 0.35);
  EXPECT_LT(share, 0.45);
  EXPECT_GT(static_cast<double>(english) / static_cast<double>(set.size()), 0.2);
}

TEST(ScanLabelled, SplitsAreStableAndNoTextIsInTwo) {
  EXPECT_EQ(split_of("pos-0001"), split_of("pos-0001"));
  const std::vector<LabelledText>& set = builtin_labelled();
  std::map<Split, size_t> sizes;
  // Compared folded, so a post copied without its diacritics would count as the same.
  std::map<std::string, Split> split_of_text;
  for (const LabelledText& t : set) {
    const Split s = split_of(t.id);
    ++sizes[s];
    auto [it, fresh] = split_of_text.emplace(text::fold(t.text), s);
    EXPECT_TRUE(fresh) << t.id << " repeats a text already in the " << split_name(it->second) << " split";
  }
  // About 70 / 15 / 15.
  EXPECT_GT(sizes[Split::kTrain], set.size() * 60 / 100);
  EXPECT_GT(sizes[Split::kValidation], set.size() * 10 / 100);
  EXPECT_GT(sizes[Split::kTest], set.size() * 10 / 100);
}

TEST(ScanModel, FeaturesFoldDiacriticsAndDigits) {
  const FeatureOptions o;
  EXPECT_EQ(feature_buckets("Việc nhẹ lương cao", o), feature_buckets("viec nhe luong cao", o));
  EXPECT_EQ(feature_buckets("lương 1500$", o), feature_buckets("luong 2000 $", o));
  EXPECT_NE(feature_buckets("việc nhẹ", o), feature_buckets("nhẹ việc", o));  // bigrams keep order
  EXPECT_TRUE(feature_buckets("\xC3\x28", o).empty());
  for (uint32_t b : feature_buckets("tuyển gấp", o)) {
    EXPECT_LT(b, 1u << 18);
  }
}

TEST(ScanModel, TrainingIsDeterministic) {
  const std::vector<LabelledText> train = split_texts(builtin_labelled(), Split::kTrain);
  auto a = train_model(train, TrainOptions{});
  auto b = train_model(train, TrainOptions{});
  ASSERT_TRUE(a.ok()) << describe(a);
  ASSERT_TRUE(b.ok()) << describe(b);
  EXPECT_EQ(a->serialize(), b->serialize());
  for (const LabelledText& t : split_texts(builtin_labelled(), Split::kTest)) {
    ASSERT_EQ(a->probability(t.text), b->probability(t.text)) << t.id;
  }
  // The built-in model is the same training.
  EXPECT_EQ(builtin_model().serialize(), a->serialize());
  // The seed matters: another order gives other weights.
  TrainOptions other;
  other.seed = 7;
  auto c = train_model(train, other);
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->serialize(), a->serialize());
}

TEST(ScanModel, TrainingRefusesOneLabelAndBadOptions) {
  std::vector<LabelledText> set = tiny_set();
  std::vector<LabelledText> only_negatives(set.begin() + 3, set.end());
  EXPECT_EQ(train_model(only_negatives, TrainOptions{}).error().fields.count("data"), 1u);
  EXPECT_FALSE(train_model({}, TrainOptions{}).ok());
  TrainOptions bad;
  bad.features.bucket_bits = 30;
  EXPECT_FALSE(train_model(set, bad).ok());
  bad = TrainOptions{};
  bad.epochs = 0;
  EXPECT_FALSE(train_model(set, bad).ok());
}

TEST(ScanModel, SaveAndLoadRoundTripAndCorruptionIsRefused) {
  auto model = train_model(tiny_set(), TrainOptions{});
  ASSERT_TRUE(model.ok());
  TempDir dir("scan-model");
  const auto path = dir.path() / "model.bin";
  ASSERT_TRUE(model->save(path).ok());
  auto loaded = TextModel::load(path);
  ASSERT_TRUE(loaded.ok()) << describe(loaded);
  EXPECT_EQ(loaded->serialize(), model->serialize());
  for (const LabelledText& t : tiny_set()) {
    EXPECT_EQ(loaded->probability(t.text), model->probability(t.text));
  }
  EXPECT_EQ(loaded->probability("something never seen"), model->probability("something never seen"));

  const std::string bytes = model->serialize();
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x01);
  EXPECT_EQ(TextModel::deserialize(flipped).error().code, ErrorCode::kCorruption);
  EXPECT_EQ(TextModel::deserialize(bytes.substr(0, bytes.size() - 9)).error().code, ErrorCode::kCorruption);
  EXPECT_EQ(TextModel::deserialize("not a model").error().code, ErrorCode::kCorruption);
  std::string other_version = bytes;
  other_version[8] = 2;
  EXPECT_NE(TextModel::deserialize(other_version).error().message.find("version 2"), std::string::npos);
  EXPECT_EQ(TextModel::load(dir.path() / "missing.bin").error().code, ErrorCode::kNotFound);
}

TEST(ScanModel, TheBuiltInModelSeparatesHeldOutPosts) {
  const auto start = std::chrono::steady_clock::now();
  const TextModel& model = builtin_model();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("builtin_model_ms", std::to_string(ms));
#ifdef NDEBUG
  // Parsing the set and training take about 35 ms in a release build here
  // (docs/scan-model.md); the budget for the first scan of a process is 300 ms.
  EXPECT_LT(ms, 300.0);
#endif
  std::vector<double> scores;
  std::vector<int> labels;
  for (const LabelledText& t : split_texts(builtin_labelled(), Split::kTest)) {
    scores.push_back(model.probability(t.text));
    labels.push_back(t.label);
  }
  const ThresholdMetrics m = metrics_at(scores, labels, 0.5);
  // Floors under the figures measured on 2026-11-24 at 0.5 (F1 0.940, AP 0.995;
  // docs/scan-model.md): a model that stops separating the set fails here.
  EXPECT_GE(m.f1, 0.85) << "P " << m.precision << " R " << m.recall;
  EXPECT_GE(average_precision(scores, labels), 0.90);
  // Posts written for this test, in neither split.
  EXPECT_GT(model.probability("Tuyển gấp 10 bạn làm CSKH tại Campuchia, lương 1200$, công ty bao vé máy bay và ăn ở, "
                              "giữ hộ chiếu, liên hệ Telegram"),
            0.5);
  EXPECT_LT(model.probability("Công ty điện tử ở KCN Yên Phong tuyển công nhân, ký hợp đồng lao động, đóng BHXH đầy đủ, "
                              "nộp hồ sơ tại phòng nhân sự"),
            0.5);
}

TEST(ScanModel, CombinedRiskIsTheLargerScore) {
  // Chosen on the validation split (docs/scan-model.md): max.
  EXPECT_EQ(combined_risk(0.0, 0.0), 0.0);
  EXPECT_EQ(combined_risk(0.3, 0.8), 0.8);
  EXPECT_EQ(combined_risk(0.9, 0.1), 0.9);
  EXPECT_EQ(combined_risk(1.0, 1.0), 1.0);
}

TEST(ScanModelEval, EveryMethodIsJudgedOnBothHeldOutSplitsWithAValidationThreshold) {
  const std::vector<LabelledText>& data = builtin_labelled();
  // A lexicon stand-in that knows the answer for validation texts only, so
  // the threshold chosen there (1.0) is applied unchanged to the test split.
  const Evaluation ev = evaluate(builtin_model(), data, [&data](std::string_view text) {
    for (const LabelledText& t : data) {
      if (t.text == text) {
        return split_of(t.id) == Split::kValidation ? static_cast<double>(t.label) : 0.0;
      }
    }
    return 0.0;
  });
  EXPECT_EQ(ev.train + ev.validation + ev.test, data.size());
  ASSERT_GE(ev.methods.size(), 3u);
  EXPECT_EQ(ev.methods[0].method, "lexicon");
  EXPECT_EQ(ev.methods[1].method, "model");
  EXPECT_EQ(ev.methods[2].method, "combined");
  const MethodQuality& lex = ev.methods[0];
  EXPECT_EQ(lex.threshold, 1.0);
  EXPECT_EQ(lex.validation.at_threshold.f1, 1.0);
  EXPECT_EQ(lex.validation.average_precision, 1.0);
  EXPECT_EQ(lex.test.at_threshold.tp, 0u);  // nothing reaches 1.0 on test
  EXPECT_EQ(lex.test.texts, ev.test);
  EXPECT_EQ(lex.test.positives, ev.test_positives);
}

}  // namespace
}  // namespace frontline::scan
