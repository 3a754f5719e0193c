// The peer of the 1,000,000-person screening benchmark: PostgreSQL's pg_trgm
// trigram similarity search with a GIN index, the tool a developer would
// reach for. Loads the same folded names, runs the same queries through
// libpq with a prepared statement, timed on the client. Used only by
// bench/million_bench.cpp; built only when libpq is found (else
// pg_peer_available() is false and every call reports it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace frontline::bench {

struct PgName {
  int64_t id = 0;
  std::string folded;  // text::fold of the name: the column searched
  std::string written; // the name as written (NFC), stored for reference only
};

struct PgQuery {
  std::string folded;  // text::fold of the query name
};

struct PgOptions {
  std::string conninfo;         // libpq connection string
  double threshold = 0.3;       // pg_trgm.similarity_threshold (its default)
  int64_t statement_timeout_ms = 10000;
  int throughput_threads = 2;   // client connections of the throughput run
};

// Ids returned per query, best first (at most 10), in the order of `queries`;
// a query that failed (timeout) has an empty list and counts in "errors".
struct PgResult {
  nlohmann::json report;  // load_s, index_build_s, sizes, latency, throughput
  std::vector<std::vector<int64_t>> top10;
};

bool pg_peer_available();

// Creates the table, COPYs `names`, builds the GIN index, ANALYZEs, then
// runs `queries` once on one connection (latency) and once over
// options.throughput_threads connections (throughput). Throws
// std::runtime_error with PostgreSQL's message on any failure before the
// queries run.
PgResult run_pg_peer(const PgOptions& options, const std::vector<PgName>& names, const std::vector<PgQuery>& queries);

}  // namespace frontline::bench
