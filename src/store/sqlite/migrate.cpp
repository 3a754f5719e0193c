#include "store/sqlite/migrations.hpp"

#include <algorithm>
#include <set>

namespace frontline::store::sqlite {

Result<int> migrate(Connection& conn) {
  FL_TRY(conn.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  // Every migration not yet applied runs, in version order, even one older
  // than the newest applied: branches developed side by side may land their
  // migrations out of order, and each must still run once.
  std::set<int> applied;
  int current = 0;
  {
    FL_ASSIGN_OR_RETURN(Stmt q, conn.prepare("SELECT version FROM schema_migrations"));
    for (;;) {
      FL_ASSIGN_OR_RETURN(bool row, q.step());
      if (!row) {
        break;
      }
      applied.insert(static_cast<int>(q.int64(0)));
      current = std::max(current, static_cast<int>(q.int64(0)));
    }
  }
  const auto& all = all_migrations();
  if (!all.empty() && current > all.back().version) {
    return Error::corruption("database schema version " + std::to_string(current) +
                             " is newer than this program knows (" + std::to_string(all.back().version) + ")");
  }
  for (const auto& m : all) {
    if (applied.count(m.version) > 0) {
      continue;
    }
    FL_TRY(conn.exec("BEGIN IMMEDIATE"));
    Status s = conn.exec(m.sql);
    if (s.ok()) {
      auto ins = conn.prepare(
          "INSERT INTO schema_migrations(version, name, applied_at) "
          "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
      if (!ins.ok()) {
        s = std::move(ins).error();
      } else {
        ins->bind_all(m.version, m.name);
        s = ins->run();
      }
    }
    if (!s.ok()) {
      (void)conn.exec("ROLLBACK");
      Error e = std::move(s).error();
      e.message = "migration " + std::to_string(m.version) + " (" + m.name + ") failed: " + e.message;
      return e;
    }
    FL_TRY(conn.exec("COMMIT"));
    current = std::max(current, m.version);
  }
  return current;
}

}  // namespace frontline::store::sqlite
