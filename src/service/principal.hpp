// Who is asking: the authenticated user behind a request or a CLI command.
// Built by AuthService::authenticate; every service call takes one.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "domain/roles.hpp"

namespace frontline::service {

struct Principal {
  int64_t user_id = 0;
  std::string username;
  std::string display_name;
  int64_t unit_id = 0;
  std::string unit_code;
  std::string unit_path;  // "/1/7/": the subtree this user may see
  std::set<domain::Role> roles;
  std::string csrf_token;  // of the session, for cookie-authenticated writes
  std::string language = "vi";

  bool can(domain::Permission p) const { return domain::has_permission(roles, p); }

  // The system itself (CLI administration, demo data): every permission, all units.
  static Principal system();
  bool is_system() const { return user_id == 0 && username == "system"; }
};

}  // namespace frontline::service
