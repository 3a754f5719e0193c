// Account administration, shared by the CLI (as the system principal) and the
// admin API. Every change is audited; passwords are never logged or returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/user.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct NewUser {
  std::string username;      // 3–32 of a-z 0-9 . _ -
  std::string display_name;  // optional, NFC
  std::string unit_code;
  std::vector<std::string> roles;  // at least one known role name
  std::string password;      // at least 10 characters
  std::string language = "vi";  // "vi" or "en"
};

struct UserPatch {
  std::optional<std::string> display_name;
  std::optional<std::string> unit_code;
  std::optional<std::vector<std::string>> roles;
  std::optional<bool> disabled;
  std::optional<std::string> language;
};

class UserService {
 public:
  UserService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // InvalidArgument naming each bad field; Conflict when the username is taken;
  // PermissionDenied without user management rights or outside the admin's units.
  Result<domain::User> add_user(const Principal& who, const NewUser& u);
  Result<domain::User> update_user(const Principal& who, const std::string& username, const UserPatch& patch);
  // Disabling also ends every session of the user.
  Status set_disabled(const Principal& who, const std::string& username, bool disabled);
  // Sets a new password, clears any lock-out and ends the user's sessions.
  Status reset_password(const Principal& who, const std::string& username, const std::string& password);
  Result<std::vector<domain::User>> list_users(const Principal& who);
  // Self-service: sets the caller's own interface language ("vi" or "en";
  // InvalidArgument naming `language` otherwise). Needs no management right;
  // audited as user.language. Takes effect from the caller's next request.
  Result<domain::User> set_own_language(const Principal& who, const std::string& language);
  Result<domain::User> get_user(const Principal& who, const std::string& username);

 private:
  Result<domain::User> load_managed(const Principal& who, store::Transaction& tx, const std::string& username);

  store::Store& store_;
  const Clock& clock_;
};

// Field checks shared with the API: empty result when valid.
std::optional<std::string> check_username(const std::string& username);
std::optional<std::string> check_password(const std::string& password);

}  // namespace frontline::service
