#include "service/user_service.hpp"

#include "service/audit_helpers.hpp"
#include "util/crypto.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

bool within(const std::string& path, const std::string& ancestor_path) {
  return path.compare(0, ancestor_path.size(), ancestor_path) == 0;
}

Result<std::set<domain::Role>> parse_roles(const std::vector<std::string>& names) {
  std::set<domain::Role> roles;
  for (const auto& n : names) {
    auto r = domain::parse_role(n);
    if (!r) {
      std::string all;
      for (const auto& known : domain::all_role_names()) {
        all += (all.empty() ? "" : ", ") + known;
      }
      return Error::invalid_field("roles", "unknown role '" + n + "'; known roles: " + all);
    }
    roles.insert(*r);
  }
  if (roles.empty()) {
    return Error::invalid_field("roles", "at least one role is required");
  }
  return roles;
}

Status require_manage(const Principal& who) {
  if (!who.can(domain::Permission::kUserManage)) {
    return Error::denied("managing accounts needs the admin role");
  }
  return {};
}

// Roles that see every unit (analyst) would reach beyond a provincial
// admin's own units: only an admin at the top of the unit tree (or the
// system) may grant them.
Status check_role_reach(const Principal& who, store::Transaction& tx, const std::set<domain::Role>& roles) {
  if (!domain::sees_all_units(roles) || who.is_system()) {
    return {};
  }
  FL_ASSIGN_OR_RETURN(domain::UnitInfo own, tx.reference().get_unit(who.unit_id));
  if (!own.is_top()) {
    return Error::denied("roles that see every unit (analyst) can be granted only by an admin at the Border Guard Command");
  }
  return {};
}

Result<domain::UnitInfo> managed_unit(const Principal& who, store::Transaction& tx, const std::string& code) {
  FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit(code));
  if (!unit) {
    return Error::invalid_field("unit_code", "unknown unit '" + code + "'");
  }
  if (!within(unit->path, who.unit_path)) {
    return Error::denied("unit " + code + " is outside your units");
  }
  return *unit;
}

}  // namespace

std::optional<std::string> check_username(const std::string& username) {
  if (username.size() < 3 || username.size() > 32) {
    return "must be 3 to 32 characters";
  }
  for (char c : username) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) {
      return "may contain only a-z, 0-9, '.', '_' and '-'";
    }
  }
  return std::nullopt;
}

std::optional<std::string> check_password(const std::string& password) {
  if (!text::is_valid_utf8(password)) {
    return "is not valid UTF-8";
  }
  if (text::code_points(password) < 10) {
    return "must be at least 10 characters";
  }
  if (password.size() > 512) {
    return "must be at most 512 bytes";
  }
  return std::nullopt;
}

Result<domain::User> UserService::add_user(const Principal& who, const NewUser& u) {
  FL_TRY(require_manage(who));
  std::map<std::string, std::string> bad;
  if (auto e = check_username(u.username)) {
    bad["username"] = *e;
  }
  if (auto e = check_password(u.password)) {
    bad["password"] = *e;
  }
  if (!domain::is_interface_language(u.language)) {
    bad["language"] = "must be 'vi' or 'en'";
  }
  auto roles = parse_roles(u.roles);
  if (!roles.ok()) {
    bad.merge(std::move(roles).error().fields);
  }
  auto display = text::to_nfc(u.display_name);
  if (!display.ok() || text::code_points(*display) > 120) {
    bad["display_name"] = "must be valid UTF-8 of at most 120 characters";
  }
  if (!bad.empty()) {
    return Error::invalid("invalid account", bad);
  }
  FL_ASSIGN_OR_RETURN(std::string hash, crypto::hash_password(u.password));
  return store::write_value<domain::User>(store_, [&](store::Transaction& tx) -> Result<domain::User> {
    FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, managed_unit(who, tx, u.unit_code));
    FL_TRY(check_role_reach(who, tx, *roles));
    domain::User user;
    user.username = u.username;
    user.display_name = *display;
    user.unit_id = unit.id;
    user.unit_code = unit.code;
    user.roles = *roles;
    user.password_hash = hash;
    user.language = u.language;
    user.created_at = clock_.now();
    FL_ASSIGN_OR_RETURN(user.id, tx.users().insert(user));
    nlohmann::json detail = {{"username", user.username}, {"unit", unit.code}, {"roles", u.roles}};
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "user.create", "user", std::to_string(user.id),
                                               audit::Outcome::kOk, detail)));
    return user;
  });
}

Result<domain::User> UserService::load_managed(const Principal& who, store::Transaction& tx,
                                               const std::string& username) {
  FL_TRY(require_manage(who));
  FL_ASSIGN_OR_RETURN(auto user, tx.users().find_by_username(username));
  if (!user) {
    return Error::not_found("no user named " + username);
  }
  FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, tx.reference().get_unit(user->unit_id));
  if (!within(unit.path, who.unit_path)) {
    return Error::not_found("no user named " + username);
  }
  return std::move(*user);
}

Result<domain::User> UserService::update_user(const Principal& who, const std::string& username,
                                              const UserPatch& patch) {
  return store::write_value<domain::User>(store_, [&](store::Transaction& tx) -> Result<domain::User> {
    FL_ASSIGN_OR_RETURN(domain::User user, load_managed(who, tx, username));
    nlohmann::json changed = nlohmann::json::array();
    if (patch.display_name) {
      auto display = text::to_nfc(*patch.display_name);
      if (!display.ok() || text::code_points(*display) > 120) {
        return Error::invalid_field("display_name", "must be valid UTF-8 of at most 120 characters");
      }
      user.display_name = *display;
      changed.push_back("display_name");
    }
    if (patch.unit_code) {
      FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, managed_unit(who, tx, *patch.unit_code));
      user.unit_id = unit.id;
      user.unit_code = unit.code;
      changed.push_back("unit_code");
    }
    if (patch.roles) {
      FL_ASSIGN_OR_RETURN(user.roles, parse_roles(*patch.roles));
      FL_TRY(check_role_reach(who, tx, user.roles));
      changed.push_back("roles");
    }
    if (patch.language) {
      if (!domain::is_interface_language(*patch.language)) {
        return Error::invalid_field("language", "must be 'vi' or 'en'");
      }
      user.language = *patch.language;
      changed.push_back("language");
    }
    if (patch.disabled) {
      user.disabled = *patch.disabled;
      changed.push_back("disabled");
      if (user.disabled) {
        FL_TRY(tx.sessions().remove_for_user(user.id));
      }
    }
    FL_TRY(tx.users().update(user));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "user.update", "user", std::to_string(user.id),
                                               audit::Outcome::kOk, {{"changed", changed}})));
    return user;
  });
}

Result<domain::User> UserService::set_own_language(const Principal& who, const std::string& language) {
  if (!domain::is_interface_language(language)) {
    return Error::invalid_field("language", "must be 'vi' or 'en'");
  }
  return store::write_value<domain::User>(store_, [&](store::Transaction& tx) -> Result<domain::User> {
    FL_ASSIGN_OR_RETURN(domain::User user, tx.users().get(who.user_id));
    user.language = language;
    FL_TRY(tx.users().update(user));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "user.language", "user", std::to_string(user.id),
                                               audit::Outcome::kOk, {{"language", language}})));
    return user;
  });
}

Status UserService::set_disabled(const Principal& who, const std::string& username, bool disabled) {
  UserPatch patch;
  patch.disabled = disabled;
  auto r = update_user(who, username, patch);
  if (!r.ok()) {
    return std::move(r).error();
  }
  return {};
}

Status UserService::reset_password(const Principal& who, const std::string& username, const std::string& password) {
  if (auto e = check_password(password)) {
    return Error::invalid_field("password", *e);
  }
  FL_ASSIGN_OR_RETURN(std::string hash, crypto::hash_password(password));
  return store_.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(domain::User user, load_managed(who, tx, username));
    user.password_hash = hash;
    user.failed_logins = 0;
    user.locked_until.reset();
    FL_TRY(tx.users().update(user));
    FL_TRY(tx.sessions().remove_for_user(user.id));
    return store::append_audit(tx, audit_entry(who, clock_, "user.reset_password", "user", std::to_string(user.id)));
  });
}

Result<std::vector<domain::User>> UserService::list_users(const Principal& who) {
  FL_TRY(require_manage(who));
  return store::read_value<std::vector<domain::User>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::User>> {
        FL_ASSIGN_OR_RETURN(auto users, tx.users().list());
        FL_ASSIGN_OR_RETURN(auto units, tx.reference().list_units());
        std::map<int64_t, std::string> paths;
        for (const auto& u : units) {
          paths[u.id] = u.path;
        }
        std::vector<domain::User> out;
        for (auto& u : users) {
          if (within(paths[u.unit_id], who.unit_path)) {
            out.push_back(std::move(u));
          }
        }
        return out;
      });
}

Result<domain::User> UserService::get_user(const Principal& who, const std::string& username) {
  return store::read_value<domain::User>(
      store_, [&](store::Transaction& tx) { return load_managed(who, tx, username); });
}

}  // namespace frontline::service
