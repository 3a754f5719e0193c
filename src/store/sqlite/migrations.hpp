// Versioned schema migrations for SQLite, compiled into the binary from
// migrations/NNNN_name.sql (see cmake/EmbedMigrations.cmake).
#pragma once

#include <string>
#include <vector>

#include "store/sqlite/db.hpp"

namespace frontline::store::sqlite {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// All migrations in ascending version order (generated file).
const std::vector<Migration>& all_migrations();

// Applies, each in its own transaction and in version order, every migration
// the database has not recorded (including one older than its newest, as
// when branches land out of order). Returns the highest applied version. Corruption
// when the database records a version newer than this binary knows.
Result<int> migrate(Connection& conn);

}  // namespace frontline::store::sqlite
