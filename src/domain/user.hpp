// Accounts, the units they belong to, and log-in sessions.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "domain/roles.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

struct UnitInfo {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string name_en;
  std::string kind;           // refdata::unit_kind_name
  int64_t parent_id = 0;      // 0 for the root
  std::string province_code;  // may be empty (HQ, departments)
  std::string facing_country;
  std::string path;           // "/1/7/23/": ids from the root, for subtree queries

  // The Border Guard Command: its subtree is every unit.
  bool is_top() const { return parent_id == 0; }
};

// The interface languages an account may choose.
inline bool is_interface_language(const std::string& language) { return language == "vi" || language == "en"; }

struct User {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  int64_t unit_id = 0;
  std::string unit_code;  // filled on read
  std::set<Role> roles;
  std::string password_hash;
  bool disabled = false;
  int failed_logins = 0;
  std::optional<TimePoint> locked_until;
  std::string language = "vi";
  TimePoint created_at;
};

struct Session {
  std::string token_hash;  // SHA-256 of the bearer token; the token itself is never stored
  int64_t user_id = 0;
  std::string csrf_token;
  TimePoint created_at;
  TimePoint expires_at;
};

}  // namespace frontline::domain
