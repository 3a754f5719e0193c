// In-process micro-benchmarks of what every API request behind the HTTP
// benchmark costs without HTTP: CaseService::create and CaseService::list on
// a store of demo cases, AuthService::authenticate (run on every request) and
// the JSON mapping of request and response bodies. Comparing these with the
// wrk figures of scripts/bench tells store cost from transport cost.
//
// Usage: frontline_store_bench [--data DIR] [--cases N] [Google Benchmark flags]
//   --data DIR  run on an existing data directory (scripts/bench passes a copy
//               of its store); creating cases adds to it and the benchmark
//               accounts bench.micro.hq / bench.micro.ls are added if missing
//   --cases N   without --data: a temporary store with N demo cases (seed 42),
//               default 100000, removed at exit
// Benchmark names: list/<hq|ls>/<query>, list_mix/<hq|ls>, create_mix,
// authenticate, json/*, statistics/victims/<hq|ls>[/period] (every breakdown
// of the victims in scope: service::victim_statistics, two GROUP BY statements). items_per_second is the throughput (with threads:2,
// of both threads together, on wall-clock time). Logs go to stderr, so
// --benchmark_format=json leaves stdout pure JSON.
#include <benchmark/benchmark.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_world.hpp"
#include "http/json_mapping.hpp"
#include "service/victim_stats.hpp"

namespace frontline::bench {
namespace {

BenchWorld* g_world = nullptr;

domain::CaseFilter filter_of(const std::string& query) {
  auto f = http::parse_case_filter(split_query(query));
  if (!f.ok()) {
    throw std::runtime_error("bad benchmark query '" + query + "': " + f.error().message);
  }
  return *f;
}

domain::CaseDraft draft_of(const std::string& body) {
  auto d = http::parse_case_draft(nlohmann::json::parse(body));
  if (!d.ok()) {
    throw std::runtime_error("bad benchmark body: " + d.error().message);
  }
  return *d;
}

// One list call per iteration, the filters taken in turn.
void run_list(benchmark::State& state, const service::Principal& who, const std::vector<domain::CaseFilter>& filters) {
  size_t next = static_cast<size_t>(state.thread_index()) * 3;
  int64_t rows = 0;
  for (auto _ : state) {
    auto page = g_world->cases().list(who, filters[next++ % filters.size()]);
    if (!page.ok()) {
      state.SkipWithError(("list failed: " + page.error().message).c_str());
      break;
    }
    rows += static_cast<int64_t>(page->items.size());
    benchmark::DoNotOptimize(page);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["rows_per_call"] =
      benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kAvgIterations);
}

void run_create(benchmark::State& state, const std::vector<domain::CaseDraft>& drafts) {
  size_t next = static_cast<size_t>(state.thread_index());
  for (auto _ : state) {
    auto c = g_world->cases().create(g_world->hq(), drafts[next++ % drafts.size()]);
    if (!c.ok()) {
      state.SkipWithError(("create failed: " + c.error().message).c_str());
      break;
    }
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(state.iterations());
}

void run_authenticate(benchmark::State& state) {
  for (auto _ : state) {
    auto who = g_world->auth().authenticate(g_world->hq_token());
    if (!who.ok()) {
      state.SkipWithError(("authenticate failed: " + who.error().message).c_str());
      break;
    }
    benchmark::DoNotOptimize(who);
  }
  state.SetItemsProcessed(state.iterations());
}

// Victim statistics with every breakdown (GET /api/v1/statistics/victims).
void run_statistics(benchmark::State& state, const service::Principal& who, const service::VictimStatsRequest& req) {
  int64_t victims = 0;
  for (auto _ : state) {
    auto s = service::victim_statistics(g_world->store(), who, req);
    if (!s.ok()) {
      state.SkipWithError(("statistics failed: " + s.error().message).c_str());
      break;
    }
    victims = s->total.count.value_or(0);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["victims"] = static_cast<double>(victims);
}

// What the list route does after the store: page to JSON text.
void run_list_json(benchmark::State& state, const std::vector<std::pair<domain::CasePage, domain::CaseFilter>>& pages) {
  size_t next = 0;
  for (auto _ : state) {
    const auto& [page, filter] = pages[next++ % pages.size()];
    std::string body = http::case_page_json(page, filter.offset, filter.limit).dump();
    benchmark::DoNotOptimize(body);
  }
  state.SetItemsProcessed(state.iterations());
}

// What the create route does around the service: body to draft, case to JSON text.
void run_create_json(benchmark::State& state, const domain::Case& created) {
  size_t next = 0;
  const auto& bodies = create_bodies();
  for (auto _ : state) {
    auto draft = http::parse_case_draft(nlohmann::json::parse(bodies[next++ % bodies.size()]));
    std::string body = http::case_json(created).dump();
    benchmark::DoNotOptimize(draft);
    benchmark::DoNotOptimize(body);
  }
  state.SetItemsProcessed(state.iterations());
}

// Registered in this order: reads first, so they see the store as given;
// creates last, as they add cases.
void register_benchmarks(BenchWorld& world) {
  std::vector<domain::CaseFilter> filters;
  for (const auto& q : list_queries()) {
    filters.push_back(filter_of(q));
  }
  benchmark::RegisterBenchmark("authenticate", run_authenticate)->UseRealTime();
  const std::pair<const char*, const service::Principal*> scopes[] = {{"hq", &world.hq()},
                                                                      {"ls", &world.provincial()}};
  for (const auto& [scope, who] : scopes) {
    for (size_t i = 0; i < filters.size(); ++i) {
      const std::string& q = list_queries()[i];
      std::string name = std::string("list/") + scope + "/" + (q.empty() ? "(none)" : q);
      benchmark::RegisterBenchmark(name.c_str(), [who = who, f = filters[i]](benchmark::State& st) {
        run_list(st, *who, {f});
      })->UseRealTime();
    }
    benchmark::RegisterBenchmark((std::string("list_mix/") + scope).c_str(), [who = who, filters](benchmark::State& st) {
      run_list(st, *who, filters);
    })->UseRealTime()->Threads(1)->Threads(2);
    benchmark::RegisterBenchmark((std::string("statistics/victims/") + scope).c_str(), [who = who](benchmark::State& st) {
      run_statistics(st, *who, service::VictimStatsRequest());
    })->UseRealTime()->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((std::string("statistics/victims/") + scope + "/period").c_str(),
                                 [who = who](benchmark::State& st) {
                                   service::VictimStatsRequest year;
                                   year.from = "2024-01-01";
                                   year.to = "2024-12-31";
                                   run_statistics(st, *who, year);
                                 })->UseRealTime()->Unit(benchmark::kMillisecond);
  }

  std::vector<std::pair<domain::CasePage, domain::CaseFilter>> pages;
  for (const auto& f : filters) {
    auto page = world.cases().list(world.hq(), f);
    if (!page.ok()) {
      throw std::runtime_error("cannot list cases: " + page.error().message);
    }
    pages.emplace_back(std::move(page).value(), f);
  }
  if (pages.front().first.items.empty()) {
    throw std::runtime_error("the store has no case under investigation to benchmark with");
  }
  const domain::Case sample = pages.front().first.items.front();
  benchmark::RegisterBenchmark("json/list_page_mix", [pages](benchmark::State& st) { run_list_json(st, pages); })
      ->UseRealTime();
  benchmark::RegisterBenchmark("json/create_roundtrip", [sample](benchmark::State& st) { run_create_json(st, sample); })
      ->UseRealTime();

  std::vector<domain::CaseDraft> drafts;
  for (const auto& body : create_bodies()) {
    drafts.push_back(draft_of(body));
  }
  benchmark::RegisterBenchmark("create_mix", [drafts](benchmark::State& st) { run_create(st, drafts); })
      ->UseRealTime()->Threads(1)->Threads(2);
}

// Takes --data/--cases out of argv; leaves everything else for Google Benchmark.
WorldOptions take_own_flags(int& argc, char** argv) {
  WorldOptions opt;
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const std::string& flag) -> std::optional<std::string> {
      if (arg == flag && i + 1 < argc) {
        return std::string(argv[++i]);
      }
      if (arg.rfind(flag + "=", 0) == 0) {
        return arg.substr(flag.size() + 1);
      }
      return std::nullopt;
    };
    if (auto d = value("--data")) {
      opt.data = *d;
    } else if (auto n = value("--cases")) {
      opt.cases = std::stoll(*n);
    } else {
      argv[out++] = argv[i];
    }
  }
  argc = out;
  return opt;
}

}  // namespace
}  // namespace frontline::bench

int main(int argc, char** argv) {
  using namespace frontline::bench;
  spdlog::set_default_logger(spdlog::stderr_color_mt("store_bench"));
  spdlog::set_level(spdlog::level::warn);
  try {
    WorldOptions options = take_own_flags(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
      return 2;
    }
    BenchWorld world(options);
    g_world = &world;
    register_benchmarks(world);
    benchmark::AddCustomContext("frontline_cases", std::to_string(world.case_count()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_world = nullptr;
  } catch (const std::exception& e) {
    std::cerr << "frontline_store_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
