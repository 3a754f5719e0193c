// Log-in, sessions and lock-out. Tokens are random 256-bit values handed to
// the client once; only their SHA-256 is stored. Every log-in attempt is audited.
#pragma once

#include <chrono>
#include <string>

#include "domain/user.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct AuthPolicy {
  std::chrono::seconds session_ttl = std::chrono::hours(8);
  int max_failed_logins = 5;
  std::chrono::seconds lockout = std::chrono::minutes(15);
};

struct LoginResult {
  std::string token;       // the bearer token; not stored anywhere
  std::string csrf_token;  // echo in X-CSRF-Token on cookie-authenticated writes
  TimePoint expires_at;
  domain::User user;
};

// Thread-safe: holds no mutable state of its own.
class AuthService {
 public:
  AuthService(store::Store& store, const Clock& clock, AuthPolicy policy)
      : store_(store), clock_(clock), policy_(policy) {}

  // Unauthenticated for a wrong password, unknown user or disabled account (one
  // message for all, so accounts cannot be probed); Locked while the account is
  // locked after too many failures. The password is never logged.
  Result<LoginResult> login(const std::string& username, const std::string& password);

  // Ends the session of `token`. Succeeds even when the token is unknown.
  Status logout(const std::string& token);

  // The principal behind a live session token; Unauthenticated when the token
  // is unknown or expired or the account is disabled.
  Result<Principal> authenticate(const std::string& token);

  const AuthPolicy& policy() const { return policy_; }

 private:
  Status record_failure(const domain::User& user, TimePoint now);

  store::Store& store_;
  const Clock& clock_;
  AuthPolicy policy_;
};

// Builds the principal for `user` (reads its unit for the scope path).
Result<Principal> principal_for(store::Transaction& tx, const domain::User& user);

}  // namespace frontline::service
