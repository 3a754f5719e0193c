// Result<T>: the one way expected failures cross a module edge.
//
// A Result holds either a value or an Error. Errors carry a code from a small
// closed set (modelled on leveldb's Status), a human-readable message, and, for
// InvalidArgument, a map from field name to the reason that field was refused.
// HTTP statuses are derived from ErrorCode in exactly one place
// (http/error_mapping.cpp); nothing below http/ knows about HTTP.
#pragma once

#include <cassert>
#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace frontline {

enum class ErrorCode {
  kInvalidArgument,   // the caller's input is wrong; `fields` names what
  kNotFound,          // the record does not exist or is outside the caller's scope
  kConflict,          // the request contradicts current state (workflow, duplicate, version)
  kUnprocessable,     // well-formed input that names something stored data refuses (a late
                      // submission, an unknown officer in an import row); `fields` names what
  kUnauthenticated,   // no valid session
  kPermissionDenied,  // authenticated but not allowed
  kTooLarge,          // the payload exceeds a configured limit
  kLocked,            // the account is temporarily locked
  kUnavailable,       // a resource (database, disk) could not be reached; retry may help
  kCorruption,        // stored data failed an integrity check
  kInternal,          // a bug or an unexpected library failure
};

// Stable lower-case name used in API bodies and CLI messages, e.g. "invalid_argument".
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  // field name -> reason; filled for kInvalidArgument (and may be for others).
  std::map<std::string, std::string> fields;
  // For kConflict on a workflow move: the states that would have been allowed.
  std::vector<std::string> allowed;

  static Error invalid(std::string message, std::map<std::string, std::string> fields = {}) {
    return Error{ErrorCode::kInvalidArgument, std::move(message), std::move(fields), {}};
  }
  static Error invalid_field(const std::string& field, std::string reason) {
    return Error{ErrorCode::kInvalidArgument, "invalid input", {{field, std::move(reason)}}, {}};
  }
  static Error unprocessable(std::string message, std::map<std::string, std::string> fields = {}) {
    return Error{ErrorCode::kUnprocessable, std::move(message), std::move(fields), {}};
  }
  static Error not_found(std::string message) { return Error{ErrorCode::kNotFound, std::move(message), {}, {}}; }
  static Error conflict(std::string message) { return Error{ErrorCode::kConflict, std::move(message), {}, {}}; }
  static Error unauthenticated(std::string message) {
    return Error{ErrorCode::kUnauthenticated, std::move(message), {}, {}};
  }
  static Error denied(std::string message) { return Error{ErrorCode::kPermissionDenied, std::move(message), {}, {}}; }
  static Error too_large(std::string message) { return Error{ErrorCode::kTooLarge, std::move(message), {}, {}}; }
  static Error unavailable(std::string message) { return Error{ErrorCode::kUnavailable, std::move(message), {}, {}}; }
  static Error corruption(std::string message) { return Error{ErrorCode::kCorruption, std::move(message), {}, {}}; }
  static Error internal(std::string message) { return Error{ErrorCode::kInternal, std::move(message), {}, {}}; }
};

// Holds a T on success or an Error on failure. Accessing the wrong alternative is
// a programmer error (asserted), not an expected failure.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& { assert(!ok()); return std::get<1>(v_); }
  Error&& error() && { assert(!ok()); return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const& { assert(failed_); return error_; }
  Error&& error() && { assert(failed_); return std::move(error_); }

 private:
  Error error_;
  bool failed_ = false;
};

using Status = Result<void>;

// Keeps only the success or failure of `r` (for results whose value is not needed).
template <typename T>
Status discard_value(Result<T> r) {
  if (!r.ok()) {
    return std::move(r).error();
  }
  return {};
}

}  // namespace frontline

// Propagates a failed Result/Status from the enclosing function.
#define FL_CONCAT_INNER(a, b) a##b
#define FL_CONCAT(a, b) FL_CONCAT_INNER(a, b)

#define FL_TRY(expr) FL_TRY_IMPL(FL_CONCAT(fl_try_, __LINE__), expr)
#define FL_TRY_IMPL(tmp, expr)          \
  do {                                  \
    auto tmp = (expr);                  \
    if (!tmp.ok()) {                    \
      return std::move(tmp).error();    \
    }                                   \
  } while (false)

// Declares `lhs` from a successful Result or returns its error.
#define FL_ASSIGN_OR_RETURN(lhs, expr) FL_ASSIGN_OR_RETURN_IMPL(FL_CONCAT(fl_res_, __LINE__), lhs, expr)
#define FL_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) {                               \
    return std::move(tmp).error();               \
  }                                              \
  lhs = std::move(tmp).value()
