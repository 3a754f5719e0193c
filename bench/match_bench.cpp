// In-process micro-benchmarks of the person matcher (src/match/): name
// normalization (names/s, the figure of docs/benchmarks.md and
// docs/matching.md), building a full match profile (name, aliases, date of
// birth, documents, phone through libphonenumber), and scoring one pair.
// Inputs are 4,096 demo persons (demo::vietnamese_name, seed 42, a tenth of
// them written in upper case, without diacritics or with the given name
// first, as foreign records do).
//
// Usage: frontline_match_bench [Google Benchmark flags]. items_per_second is
// the throughput (with threads:2, of both threads together; each thread has
// its own ICU transliterator, so they do not contend).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "demo/names.hpp"
#include "demo/rng.hpp"
#include "match/score.hpp"
#include "util/text.hpp"

namespace {

using namespace frontline;

struct Sample {
  std::vector<std::string> names;
  std::vector<match::PersonRecord> records;
};

const Sample& sample() {
  static const Sample s = [] {
    Sample out;
    demo::Rng rng(42);
    for (int i = 0; i < 4096; ++i) {
      const auto sex = rng.chance(50) ? domain::Sex::kFemale : domain::Sex::kMale;
      const int year = 1960 + static_cast<int>(rng.uniform(50));
      const demo::VietnameseName n = demo::vietnamese_name(rng, sex, year, demo::NameOrigin::kKinh);
      std::string written = n.full();
      switch (rng.uniform(10)) {
        case 0: written = text::fold(written); break;                              // no diacritics
        case 1: written = n.given + " " + n.family + " " + n.middle; break;        // given name first
        default: break;
      }
      out.names.push_back(written);
      match::PersonRecord r;
      r.full_name = written;
      r.sex = sex;
      r.date_of_birth = std::to_string(year) + (rng.chance(50) ? "-03-14" : "");
      r.nationality = "VN";
      r.phone = "09" + std::to_string(10000000 + rng.uniform(89999999));
      if (rng.chance(50)) {
        r.citizen_id = "0011" + std::to_string(10000000 + rng.uniform(89999999));
      }
      out.records.push_back(std::move(r));
    }
    return out;
  }();
  return s;
}

void normalize_name(benchmark::State& state) {
  const auto& names = sample().names;
  size_t i = 0;
  for (auto _ : state) {
    auto n = match::normalize_name(names[i++ % names.size()]);
    benchmark::DoNotOptimize(n);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(normalize_name)->Name("match/normalize_name");
BENCHMARK(normalize_name)->Name("match/normalize_name")->Threads(2)->UseRealTime();

void build_profile(benchmark::State& state) {
  const auto& records = sample().records;
  size_t i = 0;
  for (auto _ : state) {
    auto p = match::build_profile(records[i++ % records.size()]);
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(build_profile)->Name("match/build_profile");

void score_pair(benchmark::State& state) {
  static const std::vector<match::MatchProfile> profiles = [] {
    std::vector<match::MatchProfile> out;
    for (const auto& r : sample().records) {
      out.push_back(match::build_profile(r));
    }
    return out;
  }();
  static const match::FamilyShareTokenStats stats;
  size_t i = 0;
  for (auto _ : state) {
    const auto& a = profiles[i % profiles.size()];
    const auto& b = profiles[(i * 7 + 1) % profiles.size()];
    ++i;
    auto s = match::score_pair(a, b, stats);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(score_pair)->Name("match/score_pair");

}  // namespace

BENCHMARK_MAIN();
