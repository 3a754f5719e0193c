// Building audit entries for service actions; identifying data never goes in.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "audit/audit.hpp"
#include "service/principal.hpp"
#include "store/audit_append.hpp"
#include "util/clock.hpp"

namespace frontline::service {

inline audit::Entry audit_entry(const Principal& who, const Clock& clock, std::string action, std::string record_type,
                                std::string record_id, audit::Outcome outcome = audit::Outcome::kOk,
                                const nlohmann::json& detail = nlohmann::json::object()) {
  audit::Entry e;
  e.at = clock.now();
  e.actor_id = who.user_id;
  e.actor = who.username.empty() ? "anonymous" : who.username;
  e.action = std::move(action);
  e.record_type = std::move(record_type);
  e.record_id = std::move(record_id);
  e.outcome = outcome;
  e.detail = detail.dump();
  return e;
}

// Copies into a record each field a patch sets, and keeps the names of the
// fields so changed for the audit entry (never their values).
class FieldChanges {
 public:
  template <typename From, typename To>
  void apply(const From& from, To& to, const char* name) {
    if (from) {
      to = *from;
      names_.push_back(name);
    }
  }
  bool empty() const { return names_.empty(); }
  const nlohmann::json& names() const { return names_; }

 private:
  nlohmann::json names_ = nlohmann::json::array();
};

}  // namespace frontline::service
