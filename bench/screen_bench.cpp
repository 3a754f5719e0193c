// frontline_screen_bench: screening queries against the in-memory index of
// every case person of a demo store (default 100,000 cases, ~300,000
// persons), on one thread: index build time and size, queries per second,
// median and p99 latency, candidates scored per query; and, in the same run,
// a brute-force scan (score_pair against every person) over a sample of the
// same queries, to show what blocking gains and whether it loses the best
// candidate. Prints one JSON document on stdout; progress on stderr.
//
// Usage: frontline_screen_bench [--data DIR] [--cases N] [--queries N] [--scan-sample N]
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/utsname.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "bench_world.hpp"
#include "service/screening_service.hpp"
#include "util/text.hpp"
#include "bench_util.hpp"

namespace frontline::bench {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;


std::string plain(const std::string& s) { return text::fold(s); }

// A query as an officer would type it for person `p`, in one of five ways.
match::PersonRecord variant(const domain::Person& p, int kind, std::mt19937& rng) {
  match::PersonRecord q;
  std::vector<std::string> tokens;
  std::string folded = plain(p.identity.full_name);
  for (size_t start = 0; start <= folded.size();) {
    size_t sp = folded.find(' ', start);
    tokens.push_back(folded.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
    if (sp == std::string::npos) {
      break;
    }
    start = sp + 1;
  }
  auto join = [](const std::vector<std::string>& t) {
    std::string out;
    for (const auto& s : t) {
      out += (out.empty() ? "" : " ") + s;
    }
    return out;
  };
  switch (kind) {
    case 0:  // as written
      q.full_name = p.identity.full_name;
      q.date_of_birth = p.identity.date_of_birth;
      break;
    case 1:  // without diacritics, given name first
      std::reverse(tokens.begin(), tokens.end());
      q.full_name = join(tokens);
      break;
    case 2: {  // one letter of the given name dropped
      std::string& g = tokens.back();
      if (g.size() >= 4) {
        g.erase(std::uniform_int_distribution<size_t>(1, g.size() - 1)(rng), 1);
      }
      q.full_name = join(tokens);
      q.date_of_birth = p.identity.date_of_birth.substr(0, 4);
      break;
    }
    case 3:  // the phone alone (falls back to the name when there is none)
      q.phone = p.identity.phone;
      if (q.phone.empty()) {
        q.full_name = p.identity.full_name;
      }
      break;
    default:  // middle name dropped
      if (tokens.size() > 2) {
        tokens.erase(tokens.begin() + 1);
      }
      q.full_name = join(tokens);
      break;
  }
  return q;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) {
    return 0.0;
  }
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

int run(int argc, char** argv) {
  WorldOptions options;
  int64_t queries = 5000;
  int64_t scan_sample = 50;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--data") {
      options.data = argv[i + 1];
    } else if (flag == "--cases") {
      options.cases = std::stoll(argv[i + 1]);
    } else if (flag == "--queries") {
      queries = std::stoll(argv[i + 1]);
    } else if (flag == "--scan-sample") {
      scan_sample = std::stoll(argv[i + 1]);
    } else {
      std::cerr << "unknown flag " << flag << "\n";
      return 2;
    }
  }
  BenchWorld world(options);
  std::cerr << "screen_bench: building the index\n";
  const int64_t rss_before = rss_kib();
  service::ScreeningIndex index(world.store(), world.clock());
  const auto b0 = Clock::now();
  auto built = index.rebuild();
  const double build_s = std::chrono::duration<double>(Clock::now() - b0).count();
  if (!built.ok()) {
    std::cerr << "rebuild failed: " << built.error().message << "\n";
    return 1;
  }
  const int64_t rss_after = rss_kib();

  // The persons to look for: every k-th linked person.
  std::vector<domain::Person> people;
  const int64_t step = std::max<int64_t>(1, *built / std::max<int64_t>(1, queries / 5));
  int64_t n = 0;
  Status s = world.store().read([&](store::Transaction& tx) -> Status {
    return tx.persons().scan_linked([&](const store::LinkedPerson& lp) {
      if (n++ % step == 0) {
        people.push_back(lp.person);
      }
      return true;
    });
  });
  if (!s.ok()) {
    return 1;
  }
  std::mt19937 rng(7);
  std::vector<std::pair<int64_t, match::MatchProfile>> qs;
  for (int64_t i = 0; i < queries; ++i) {
    const domain::Person& p = people[static_cast<size_t>(i) % people.size()];
    qs.emplace_back(p.id, match::build_profile(variant(p, static_cast<int>(i % 5), rng)));
  }
  std::cerr << "screen_bench: " << qs.size() << " queries over " << *built << " persons\n";

  std::vector<double> ms;
  std::vector<double> scored;
  int64_t found_first = 0, found_top10 = 0, pruned_queries = 0;
  const auto q0 = Clock::now();
  for (const auto& [id, profile] : qs) {
    match::QueryCost cost;
    const auto t0 = Clock::now();
    auto hits = index.index().query(profile, 10, &cost);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    scored.push_back(static_cast<double>(cost.candidates));
    pruned_queries += cost.pruned > 0 ? 1 : 0;
    for (size_t k = 0; k < hits.size(); ++k) {
      if (hits[k].record.key.id == id) {
        found_first += k == 0 ? 1 : 0;
        ++found_top10;
        break;
      }
    }
  }
  const double total_s = std::chrono::duration<double>(Clock::now() - q0).count();

  // The same queries by brute force, on a sample.
  std::vector<double> scan_ms;
  int64_t same_best = 0;
  const int64_t sample = std::min<int64_t>(scan_sample, static_cast<int64_t>(qs.size()));
  for (int64_t i = 0; i < sample; ++i) {
    const auto& profile = qs[static_cast<size_t>(i)].second;
    const auto t0 = Clock::now();
    auto slow = index.index().scan_all(profile, 10);
    scan_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    auto fast = index.index().query(profile, 10);
    if (slow.empty() == fast.empty() &&
        (slow.empty() || std::abs(slow[0].score.score - fast[0].score.score) < 1e-9)) {
      ++same_best;
    }
  }
  utsname u{};
  uname(&u);
  const double median_ms = percentile(ms, 0.5);
  const double scan_median = percentile(scan_ms, 0.5);
  json out = {
      {"machine", {{"kernel", std::string(u.sysname) + " " + u.release}, {"cpus", std::thread::hardware_concurrency()}}},
      {"cases", world.case_count()},
      {"persons", *built},
      {"index",
       {{"build_s", build_s},
        {"approx_bytes", index.index().approx_bytes()},
        {"rss_growth_mib", static_cast<double>(rss_after - rss_before) / 1024.0}}},
      {"queries",
       {{"count", qs.size()},
        {"qps_one_thread", static_cast<double>(qs.size()) / total_s},
        {"median_ms", median_ms},
        {"p99_ms", percentile(ms, 0.99)},
        {"max_ms", percentile(ms, 1.0)},
        {"median_candidates_scored", percentile(scored, 0.5)},
        {"p99_candidates_scored", percentile(scored, 0.99)},
        {"share_pruned", static_cast<double>(pruned_queries) / static_cast<double>(qs.size())},
        {"sought_person_first", static_cast<double>(found_first) / static_cast<double>(qs.size())},
        {"sought_person_in_top10", static_cast<double>(found_top10) / static_cast<double>(qs.size())}}},
      {"brute_force",
       {{"sample", sample},
        {"median_ms", scan_median},
        {"p99_ms", percentile(scan_ms, 0.99)},
        {"speedup_median", median_ms > 0 ? scan_median / median_ms : 0.0},
        {"same_best_score", static_cast<double>(same_best) / static_cast<double>(std::max<int64_t>(1, sample))}}},
  };
  std::cout << out.dump(2) << "\n";
  return 0;
}

}  // namespace
}  // namespace frontline::bench

int main(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_color_mt("screen_bench"));
  spdlog::set_level(spdlog::level::warn);
  try {
    return frontline::bench::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "frontline_screen_bench: " << e.what() << "\n";
    return 1;
  }
}
