#include "service/auth_service.hpp"

#include "service/audit_helpers.hpp"
#include "util/crypto.hpp"

namespace frontline::service {
namespace {

// A valid Argon2id hash checked when the user does not exist, so that an
// unknown username costs as much time as a wrong password.
const std::string& dummy_hash() {
  static const std::string hash = crypto::hash_password("frontline-dummy-password").value();
  return hash;
}

Principal anonymous(const std::string& username) {
  Principal p;
  p.username = username.empty() ? "anonymous" : username;
  return p;
}

}  // namespace

Result<Principal> principal_for(store::Transaction& tx, const domain::User& user) {
  FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, tx.reference().get_unit(user.unit_id));
  Principal p;
  p.user_id = user.id;
  p.username = user.username;
  p.display_name = user.display_name;
  p.unit_id = user.unit_id;
  p.unit_code = unit.code;
  p.unit_path = unit.path;
  p.roles = user.roles;
  p.language = user.language;
  return p;
}

Result<LoginResult> AuthService::login(const std::string& username, const std::string& password) {
  const TimePoint now = clock_.now();
  FL_ASSIGN_OR_RETURN(auto found, store::read_value<std::optional<domain::User>>(
                                      store_, [&](store::Transaction& tx) { return tx.users().find_by_username(username); }));
  const Error bad_credentials = Error::unauthenticated("wrong username or password");
  if (!found) {
    (void)crypto::verify_password(dummy_hash(), password);
    FL_TRY(store_.write([&](store::Transaction& tx) {
      return store::append_audit(tx, audit_entry(anonymous(""), clock_, "session.login", "user", "",
                                                 audit::Outcome::kDenied, {{"reason", "unknown user"}}));
    }));
    return bad_credentials;
  }
  domain::User user = std::move(*found);
  if (user.locked_until && *user.locked_until > now) {
    FL_TRY(store_.write([&](store::Transaction& tx) {
      return store::append_audit(tx, audit_entry(anonymous(user.username), clock_, "session.login", "user",
                                                 std::to_string(user.id), audit::Outcome::kDenied,
                                                 {{"reason", "locked"}}));
    }));
    Error locked{ErrorCode::kLocked,
                 "account locked after too many failed log-ins; try again after " + format_utc(*user.locked_until),
                 {},
                 {}};
    return locked;
  }
  // Argon2id is slow by design: run it outside any transaction.
  const bool password_ok = crypto::verify_password(user.password_hash, password);
  if (!password_ok || user.disabled) {
    FL_TRY(record_failure(user, now));
    return bad_credentials;
  }
  LoginResult out;
  out.token = crypto::random_token();
  out.csrf_token = crypto::random_token();
  out.expires_at = now + policy_.session_ttl;
  FL_TRY(store_.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(domain::User fresh, tx.users().get(user.id));
    fresh.failed_logins = 0;
    fresh.locked_until.reset();
    FL_TRY(tx.users().update(fresh));
    FL_TRY(tx.sessions().remove_expired(now));
    domain::Session session{crypto::sha256_hex(out.token), user.id, out.csrf_token, now, out.expires_at};
    FL_TRY(tx.sessions().insert(session));
    out.user = fresh;
    Principal who = anonymous(user.username);
    who.user_id = user.id;
    return store::append_audit(tx, audit_entry(who, clock_, "session.login", "user", std::to_string(user.id)));
  }));
  return out;
}

Status AuthService::record_failure(const domain::User& user, TimePoint now) {
  return store_.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(domain::User fresh, tx.users().get(user.id));
    nlohmann::json detail = {{"reason", fresh.disabled ? "disabled" : "wrong password"}};
    if (!fresh.disabled) {
      fresh.failed_logins += 1;
      if (fresh.failed_logins >= policy_.max_failed_logins) {
        fresh.locked_until = now + policy_.lockout;
        fresh.failed_logins = 0;
        detail["locked_until"] = format_utc(*fresh.locked_until);
      }
      FL_TRY(tx.users().update(fresh));
    }
    return store::append_audit(tx, audit_entry(anonymous(user.username), clock_, "session.login", "user",
                                               std::to_string(user.id), audit::Outcome::kDenied, detail));
  });
}

Status AuthService::logout(const std::string& token) {
  if (token.empty()) {
    return {};
  }
  const std::string hash = crypto::sha256_hex(token);
  return store_.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(auto session, tx.sessions().find(hash));
    if (!session) {
      return {};
    }
    FL_TRY(tx.sessions().remove(hash));
    FL_ASSIGN_OR_RETURN(domain::User user, tx.users().get(session->user_id));
    Principal who = anonymous(user.username);
    who.user_id = user.id;
    return store::append_audit(tx, audit_entry(who, clock_, "session.logout", "user", std::to_string(user.id)));
  });
}

Result<Principal> AuthService::authenticate(const std::string& token) {
  if (token.empty()) {
    return Error::unauthenticated("log in first");
  }
  const std::string hash = crypto::sha256_hex(token);
  const TimePoint now = clock_.now();
  return store::read_value<Principal>(store_, [&](store::Transaction& tx) -> Result<Principal> {
    FL_ASSIGN_OR_RETURN(auto session, tx.sessions().find(hash));
    if (!session || session->expires_at <= now) {
      return Error::unauthenticated("session expired or unknown; log in again");
    }
    FL_ASSIGN_OR_RETURN(domain::User user, tx.users().get(session->user_id));
    if (user.disabled) {
      return Error::unauthenticated("account disabled");
    }
    FL_ASSIGN_OR_RETURN(Principal p, principal_for(tx, user));
    p.csrf_token = session->csrf_token;
    return p;
  });
}

}  // namespace frontline::service
