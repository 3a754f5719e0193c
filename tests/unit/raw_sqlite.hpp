// Direct access to a Frontline database file from tests, past the store:
// to read what is really on disk (sealed identities, PRAGMAs, schema) and to
// tamper with it the way an attacker with file access could.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace frontline::testing {

class RawDb {
 public:
  explicit RawDb(const std::filesystem::path& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      sqlite3_close(db_);
      db_ = nullptr;
    }
    if (db_ != nullptr) {
      sqlite3_busy_timeout(db_, 5000);
    }
  }
  ~RawDb() { sqlite3_close(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  bool is_open() const { return db_ != nullptr; }

  // Runs `sql`; returns the sqlite result code (SQLITE_OK on success).
  int exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
  std::string last_error() const { return db_ != nullptr ? sqlite3_errmsg(db_) : "not open"; }

  // The first column of the first row as bytes ("<none>" without a row, "<null>" for NULL).
  std::string scalar(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      return "<error: " + last_error() + ">";
    }
    std::string out = "<none>";
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      if (sqlite3_column_type(stmt, 0) == SQLITE_NULL) {
        out = "<null>";
      } else {
        const void* p = sqlite3_column_blob(stmt, 0);
        out.assign(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt, 0)));
      }
    }
    sqlite3_finalize(stmt);
    return out;
  }
  long long integer(const std::string& sql) { return std::stoll(scalar(sql)); }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace frontline::testing
