// Tests for store/sqlite/sealed_columns.hpp: the list names real BLOB
// columns, and every BLOB column of the schema is on it, so a sealed column
// added by a later migration cannot silently miss key rotation.
#include "store/sqlite/sealed_columns.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <string>
#include <utility>

#include "test_support.hpp"

namespace frontline::store::sqlite {
namespace {

using Column = std::pair<std::string, std::string>;  // table, column

// Every column declared BLOB in the migrated schema's own tables (the shadow
// tables of the FTS5 index hold SQLite's, not ours).
std::set<Column> blob_columns(const std::filesystem::path& db_path) {
  std::set<Column> out;
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  const char* sql =
      "SELECT t.name, c.name FROM pragma_table_list t JOIN pragma_table_info(t.name) c "
      "WHERE t.schema = 'main' AND t.type = 'table' AND upper(c.type) = 'BLOB'";
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    out.emplace(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

TEST(SealedColumnsTest, EveryBlobColumnOfTheSchemaIsListedAndNothingElse) {
  frontline::testing::TestEnv env;
  std::set<Column> listed;
  for (const auto& col : kSealedColumns) {
    listed.emplace(col.table, col.column);
  }
  EXPECT_EQ(blob_columns(env.db_path()), listed)
      << "a BLOB column holds sealed data: add it to kSealedColumns so key rotation re-encrypts it";
}

}  // namespace
}  // namespace frontline::store::sqlite
