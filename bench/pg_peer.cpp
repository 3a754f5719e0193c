#include "pg_peer.hpp"
#include "bench_util.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>

#ifdef FRONTLINE_BENCH_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace frontline::bench {

#ifndef FRONTLINE_BENCH_HAVE_LIBPQ

bool pg_peer_available() { return false; }

PgResult run_pg_peer(const PgOptions&, const std::vector<PgName>&, const std::vector<PgQuery>&) {
  throw std::runtime_error("built without libpq (install libpq-dev and reconfigure)");
}

#else

namespace {

using Clock = std::chrono::steady_clock;



// One connection; closes on destruction.
class Conn {
 public:
  explicit Conn(const std::string& conninfo) : c_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(c_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(c_);
      PQfinish(c_);
      c_ = nullptr;
      throw std::runtime_error("connect: " + msg);
    }
  }
  ~Conn() {
    if (c_ != nullptr) {
      PQfinish(c_);
    }
  }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;
  PGconn* get() const { return c_; }

  // Runs `sql`; throws on anything but success. Returns the first value of
  // the first row, or "" when there is none.
  std::string exec(const std::string& sql) const {
    PGresult* r = PQexec(c_, sql.c_str());
    const ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string msg = PQresultErrorMessage(r);
      PQclear(r);
      throw std::runtime_error(sql + ": " + msg);
    }
    std::string out = st == PGRES_TUPLES_OK && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "";
    PQclear(r);
    return out;
  }

 private:
  PGconn* c_;
};

// COPY text format: backslash, tab, newline and carriage return escaped.
void append_copy_field(std::string& out, const std::string& s) {
  for (char ch : s) {
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += ch;
    }
  }
}

void copy_names(const Conn& c, const std::vector<PgName>& names) {
  PGresult* r = PQexec(c.get(), "COPY persons (id, name_folded, name) FROM STDIN");
  if (PQresultStatus(r) != PGRES_COPY_IN) {
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    throw std::runtime_error("COPY: " + msg);
  }
  PQclear(r);
  std::string buf;
  auto flush = [&] {
    if (!buf.empty() && PQputCopyData(c.get(), buf.data(), static_cast<int>(buf.size())) != 1) {
      throw std::runtime_error(std::string("COPY data: ") + PQerrorMessage(c.get()));
    }
    buf.clear();
  };
  for (const PgName& n : names) {
    buf += std::to_string(n.id);
    buf += '\t';
    append_copy_field(buf, n.folded);
    buf += '\t';
    append_copy_field(buf, n.written);
    buf += '\n';
    if (buf.size() > (1 << 20)) {
      flush();
    }
  }
  flush();
  if (PQputCopyEnd(c.get(), nullptr) != 1) {
    throw std::runtime_error(std::string("COPY end: ") + PQerrorMessage(c.get()));
  }
  while ((r = PQgetResult(c.get())) != nullptr) {
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    if (!ok) {
      throw std::runtime_error("COPY: " + msg);
    }
  }
}

constexpr const char* kQuery =
    "SELECT id, similarity(name_folded, $1) AS s FROM persons WHERE name_folded % $1 "
    "ORDER BY s DESC, id LIMIT 10";

// A session ready to run the prepared statement "screen".
std::unique_ptr<Conn> query_session(const PgOptions& o) {
  auto c = std::make_unique<Conn>(o.conninfo);
  c->exec("SET pg_trgm.similarity_threshold = " + std::to_string(o.threshold));
  c->exec("SET statement_timeout = " + std::to_string(o.statement_timeout_ms));
  PGresult* r = PQprepare(c->get(), "screen", kQuery, 1, nullptr);
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string msg = PQresultErrorMessage(r);
  PQclear(r);
  if (!ok) {
    throw std::runtime_error(std::string("PREPARE: ") + msg);
  }
  return c;
}

// Runs one query; false on error (timeout). `ids` receives the hits.
bool run_one(const Conn& c, const std::string& name, std::vector<int64_t>& ids) {
  const char* params[1] = {name.c_str()};
  PGresult* r = PQexecPrepared(c.get(), "screen", 1, params, nullptr, nullptr, 0);
  const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
  ids.clear();
  if (ok) {
    for (int i = 0; i < PQntuples(r); ++i) {
      ids.push_back(std::stoll(PQgetvalue(r, i, 0)));
    }
  }
  PQclear(r);
  return ok;
}

}  // namespace

bool pg_peer_available() { return true; }

PgResult run_pg_peer(const PgOptions& o, const std::vector<PgName>& names, const std::vector<PgQuery>& queries) {
  PgResult out;
  Conn c(o.conninfo);
  const std::string version = c.exec("SHOW server_version");
  c.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  c.exec("DROP TABLE IF EXISTS persons");
  c.exec("CREATE TABLE persons (id bigint PRIMARY KEY, name_folded text NOT NULL, name text NOT NULL)");
  auto t0 = Clock::now();
  copy_names(c, names);
  const double load_s = seconds_since(t0);
  t0 = Clock::now();
  c.exec("SET maintenance_work_mem = '512MB'");
  c.exec("CREATE INDEX persons_name_trgm ON persons USING gin (name_folded gin_trgm_ops)");
  const double index_s = seconds_since(t0);
  c.exec("VACUUM ANALYZE persons");
  const double index_mib = std::stod(c.exec("SELECT pg_relation_size('persons_name_trgm')")) / 1048576.0;
  const double table_mib = std::stod(c.exec("SELECT pg_table_size('persons')")) / 1048576.0;

  // Warm-up: the first queries read the index from disk into shared buffers.
  auto session = query_session(o);
  std::vector<int64_t> ids;
  for (size_t i = 0; i < std::min<size_t>(queries.size(), 50); ++i) {
    run_one(*session, queries[i].folded, ids);
  }

  // Latency: one connection, one query at a time.
  std::vector<double> ms;
  int64_t errors = 0;
  out.top10.resize(queries.size());
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto q0 = Clock::now();
    const bool ok = run_one(*session, queries[i].folded, out.top10[i]);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - q0).count());
    errors += ok ? 0 : 1;
  }

  // Throughput: the same queries shared by N connections.
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  std::atomic<int64_t> tp_errors{0};
  t0 = Clock::now();
  for (int w = 0; w < o.throughput_threads; ++w) {
    workers.emplace_back([&] {
      auto s = query_session(o);
      std::vector<int64_t> local;
      for (size_t i; (i = next.fetch_add(1)) < queries.size();) {
        if (!run_one(*s, queries[i].folded, local)) {
          ++tp_errors;
        }
      }
    });
  }
  for (auto& w : workers) {
    w.join();
  }
  const double tp_s = seconds_since(t0);

  out.report = {
      {"engine", "PostgreSQL " + version + " pg_trgm, GIN (gin_trgm_ops)"},
      {"query", kQuery},
      {"similarity_threshold", o.threshold},
      {"statement_timeout_ms", o.statement_timeout_ms},
      {"load_s", load_s},
      {"index_build_s", index_s},
      {"index_mib", index_mib},
      {"table_mib", table_mib},
      {"latency",
       {{"queries", queries.size()},
        {"p50_ms", percentile(ms, 0.5)},
        {"p99_ms", percentile(ms, 0.99)},
        {"max_ms", percentile(ms, 1.0)},
        {"errors", errors}}},
      {"throughput",
       {{"client_threads", o.throughput_threads},
        {"queries_per_s", tp_s > 0 ? static_cast<double>(queries.size()) / tp_s : 0.0},
        {"errors", tp_errors.load()}}},
  };
  return out;
}

#endif

}  // namespace frontline::bench
