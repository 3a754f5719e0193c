// The SQLite implementation of store::Store: one writer connection (writers
// take a mutex and BEGIN IMMEDIATE), a pool of query-only reader connections
// for concurrent snapshots, WAL journal, foreign keys on, prepared statements
// cached per connection. Migrations run when the store opens.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sqlite/count_cache.hpp"
#include "store/sqlite/db.hpp"
#include "store/store.hpp"
#include "util/crypto.hpp"

namespace frontline::store::sqlite {

struct Options {
  std::filesystem::path path;        // database file
  const crypto::SecretBox* sealer = nullptr;  // seals persons' identifying data; must outlive the store
  size_t max_readers = 16;
  FaultHook fault_hook;              // tests only: fail chosen statements
};

class SqliteStore final : public Store {
 public:
  // Opens or creates the database, applies migrations. Unavailable when the
  // file cannot be opened; Corruption when its schema is newer than ours.
  static Result<std::unique_ptr<SqliteStore>> open(Options options);
  ~SqliteStore() override;

  Status read(const TxFn& fn) override;
  Status write(const TxFn& fn) override;
  int schema_version() const override { return schema_version_; }
  // A full ANALYZE: sampled statistics misjudged the spread of values badly
  // enough to pick 100x slower plans. About 0.2 s at 100,000 cases.
  Status refresh_statistics() override;

  // Replaces the fault hook (tests). Not thread-safe against running transactions.
  void set_fault_hook(FaultHook hook) { options_.fault_hook = std::move(hook); }

 private:
  explicit SqliteStore(Options options) : options_(std::move(options)) {}
  Result<std::unique_ptr<Connection>> take_reader();
  void return_reader(std::unique_ptr<Connection> conn);

  Options options_;
  int schema_version_ = 0;
  std::mutex write_mutex_;
  std::unique_ptr<Connection> writer_;
  std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Connection>> readers_;
  CountCache list_totals_;  // case list totals, used by read transactions only
};

}  // namespace frontline::store::sqlite
