// Building audit entries for service actions; identifying data never goes in.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "audit/audit.hpp"
#include "domain/person.hpp"
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
  void apply(const From& from, To& to, const std::string& name) {
    if (from) {
      to = *from;
      names_.push_back(name);
    }
  }
  bool empty() const { return names_.empty(); }
  const nlohmann::json& names() const { return names_; }

  // The identity fields of a patch (a PersonPatch, or a WatchlistEntryPatch
  // whose identity phone has another member name: `phone`), named with
  // `prefix` ("" or "identity.").
  template <typename Patch>
  void apply_identity(const Patch& p, std::optional<std::string> Patch::*phone, domain::PersonIdentity& id,
                      const std::string& prefix) {
    apply(p.full_name, id.full_name, prefix + "full_name");
    apply(p.aliases, id.aliases, prefix + "aliases");
    apply(p.date_of_birth, id.date_of_birth, prefix + "date_of_birth");
    apply(p.citizen_id, id.citizen_id, prefix + "citizen_id");
    apply(p.passport_number, id.passport_number, prefix + "passport_number");
    apply(p.*phone, id.phone, prefix + "phone");
    apply(p.address, id.address, prefix + "address");
    apply(p.notes, id.notes, prefix + "notes");
  }

 private:
  nlohmann::json names_ = nlohmann::json::array();
};

}  // namespace frontline::service
