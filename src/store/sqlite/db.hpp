// Thin RAII layer over the sqlite3 C API, private to the SQLite store.
// A Connection owns one sqlite3 handle and a cache of prepared statements;
// it is used by one thread at a time (the store's pool guarantees that).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "util/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace frontline::store::sqlite {

// Called before every statement runs; a non-ok Status makes the statement fail
// with that error. Tests use it to inject faults; production leaves it empty.
using FaultHook = std::function<Status(std::string_view sql)>;

class Connection;

// A cached prepared statement on loan; reset and unbound when it goes out of scope.
class Stmt {
 public:
  Stmt(Connection* conn, sqlite3_stmt* stmt) : conn_(conn), stmt_(stmt) {}
  Stmt(Stmt&& other) noexcept : conn_(other.conn_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& operator=(Stmt&&) = delete;
  ~Stmt();

  Stmt& bind(int index, int64_t value);
  Stmt& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Stmt& bind(int index, bool value) { return bind(index, static_cast<int64_t>(value ? 1 : 0)); }
  Stmt& bind(int index, double value);
  Stmt& bind(int index, std::string_view text);
  Stmt& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Stmt& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Stmt& bind(int index, std::nullptr_t);
  Stmt& bind_blob(int index, std::string_view bytes);
  // Binds NULL for an empty string: optional foreign keys and optional dates.
  Stmt& bind_or_null(int index, const std::string& text);
  Stmt& bind_or_null(int index, const std::optional<int64_t>& value);

  // Binds each argument to parameters 1..N in order.
  template <typename... Args>
  Stmt& bind_all(const Args&... args) {
    int i = 0;
    (bind(++i, args), ...);
    return *this;
  }

  // Advances one row: true when a row is available, false when done.
  Result<bool> step();
  // Runs the statement to completion, ignoring rows.
  Status run();

  bool is_null(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  std::string blob(int col) const;
  std::optional<int64_t> optional_int64(int col) const;

 private:
  Connection* conn_;
  sqlite3_stmt* stmt_;
};

// Steps `q` to the end, appending read_row(q) for every row. read_row returns
// either T or Result<T>; a failed Result stops the walk and is returned.
template <typename T, typename F>
Result<std::vector<T>> collect_rows(Stmt& q, F read_row) {
  std::vector<T> out;
  while (true) {
    auto row = q.step();
    if (!row.ok()) {
      return std::move(row).error();
    }
    if (!*row) {
      return out;
    }
    auto item = read_row(q);
    if constexpr (std::is_same_v<decltype(item), T>) {
      out.push_back(std::move(item));
    } else {
      if (!item.ok()) {
        return std::move(item).error();
      }
      out.push_back(std::move(item).value());
    }
  }
}

enum class OpenMode { kReadWrite, kReadOnly };

class Connection {
 public:
  // Opens (creating when kReadWrite) the database at `path` with WAL, foreign
  // keys, a busy timeout and synchronous=NORMAL. Unavailable on failure.
  static Result<std::unique_ptr<Connection>> open(const std::string& path, OpenMode mode, const FaultHook* hook);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // A prepared statement for `sql`, compiled once per connection.
  Result<Stmt> prepare(const std::string& sql);
  // Runs one or more statements without parameters (migrations, BEGIN/COMMIT).
  Status exec(const std::string& sql);
  int64_t last_insert_rowid() const;
  int changes() const;

  // Maps the last sqlite error to an Error: constraint → Conflict (or
  // InvalidArgument for foreign keys), busy → Unavailable, else Internal.
  Error last_error(std::string_view context) const;
  Status check_fault(std::string_view sql) const;

 private:
  explicit Connection(sqlite3* db, const FaultHook* hook) : db_(db), hook_(hook) {}
  sqlite3* db_;
  const FaultHook* hook_;
  std::map<std::string, sqlite3_stmt*, std::less<>> cache_;
  friend class Stmt;
};

}  // namespace frontline::store::sqlite
