// The store the micro-benchmarks run against: a data directory holding demo
// cases, the services over it and two logged-in investigators (one at the
// Border Guard Command, who sees every case; one at the Lạng Sơn provincial
// command, whose lists are scoped to its units). Built once per process.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/data_dir.hpp"
#include "domain/case.hpp"
#include "service/auth_service.hpp"
#include "service/case_service.hpp"
#include "service/principal.hpp"
#include "util/clock.hpp"

namespace frontline::bench {

struct WorldOptions {
  std::filesystem::path data;  // existing data directory; empty: a fresh temporary one
  int64_t cases = 100000;      // demo cases generated into a fresh directory
  uint64_t seed = 42;
};

class BenchWorld {
 public:
  // Opens or builds the store (progress on stderr). Throws std::runtime_error
  // on any failure: a benchmark without its store cannot run.
  explicit BenchWorld(const WorldOptions& options);
  ~BenchWorld();  // removes the temporary directory, if one was made
  BenchWorld(const BenchWorld&) = delete;
  BenchWorld& operator=(const BenchWorld&) = delete;

  service::AuthService& auth() { return *auth_; }
  service::CaseService& cases() { return *cases_; }
  store::Store& store() { return *dir_.store; }
  const Clock& clock() const { return clock_; }
  const service::Principal& hq() const { return hq_; }           // investigator, BTL-BDBP
  const service::Principal& provincial() const { return ls_; }   // investigator, BCH-LS
  const std::string& hq_token() const { return hq_token_; }
  int64_t case_count() const { return case_count_; }

 private:
  std::filesystem::path temp_dir_;
  app::DataDir dir_;
  SystemClock clock_;
  std::unique_ptr<service::AuthService> auth_;
  std::unique_ptr<service::CaseService> cases_;
  service::Principal hq_;
  service::Principal ls_;
  std::string hq_token_;
  int64_t case_count_ = 0;
};

// The filters of bench/wrk/list.lua (query strings without "?"), in its order.
const std::vector<std::string>& list_queries();
// The request bodies of bench/wrk/create.lua, in its order.
const std::vector<std::string>& create_bodies();
// "a=1&b=2" as the multimap the HTTP layer hands to http::parse_case_filter
// (no percent-decoding: the queries above need none).
std::multimap<std::string, std::string> split_query(const std::string& query);

}  // namespace frontline::bench
