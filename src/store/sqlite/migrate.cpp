#include "store/sqlite/migrations.hpp"

namespace frontline::store::sqlite {

Result<int> migrate(Connection& conn) {
  FL_TRY(conn.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  int current = 0;
  {
    FL_ASSIGN_OR_RETURN(Stmt q, conn.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    if (row) {
      current = static_cast<int>(q.int64(0));
    }
  }
  const auto& all = all_migrations();
  if (!all.empty() && current > all.back().version) {
    return Error::corruption("database schema version " + std::to_string(current) +
                             " is newer than this program knows (" + std::to_string(all.back().version) + ")");
  }
  for (const auto& m : all) {
    if (m.version <= current) {
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
    current = m.version;
  }
  return current;
}

}  // namespace frontline::store::sqlite
