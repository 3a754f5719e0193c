// Item analysis and scoring of a large course (training/): 600 submitted
// attempts at a 40-question test. Google Benchmark; run directly
// (docs/benchmarks.md), not part of `make bench`'s JSON.
#include <benchmark/benchmark.h>

#include <random>

#include "training/item_analysis.hpp"
#include "training/scoring.hpp"

namespace {

using namespace frontline;

constexpr size_t kAttempts = 600;
constexpr size_t kQuestions = 40;

std::vector<training::ItemResponse> responses() {
  std::mt19937_64 rng(7);
  std::vector<training::ItemResponse> out(kAttempts);
  for (auto& r : out) {
    int right = 0;
    for (size_t q = 0; q < kQuestions; ++q) {
      const bool ok = rng() % 100 < 40 + q;  // later questions easier
      r.correct.push_back(ok);
      right += ok ? 1 : 0;
    }
    r.total = training::score_of(right, kQuestions);
  }
  return out;
}

void BM_ItemAnalysis600x40(benchmark::State& state) {
  const auto in = responses();
  for (auto _ : state) {
    auto a = training::analyse_items(in, kQuestions);
    benchmark::DoNotOptimize(a);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kAttempts));
}
BENCHMARK(BM_ItemAnalysis600x40)->Unit(benchmark::kMillisecond);

void BM_ScoreAttempt40(benchmark::State& state) {
  std::vector<domain::Question> qs(kQuestions);
  domain::Answers answers;
  for (size_t i = 0; i < kQuestions; ++i) {
    qs[i].id = static_cast<int64_t>(i + 1);
    qs[i].kind = i % 4 == 0 ? domain::QuestionKind::kMultiple : domain::QuestionKind::kSingle;
    for (char k = 'A'; k <= 'D'; ++k) {
      qs[i].options.push_back({std::string(1, k), "", "", k == 'A' || (i % 4 == 0 && k == 'C')});
    }
    answers[qs[i].id] = {i % 3 == 0 ? "B" : "A"};
  }
  for (auto _ : state) {
    auto s = training::score_answers(qs, answers);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ScoreAttempt40);

}  // namespace

BENCHMARK_MAIN();
