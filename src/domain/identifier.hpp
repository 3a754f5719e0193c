// Identifiers recorded on a case that are not persons: phone numbers, online
// accounts, bank accounts, vehicles, addresses and organizations (recruitment
// agencies, companies). They link cases to one another in the link graph
// (docs/graph.md). One may be tied to a person of the case ("this phone is
// the suspect's"); then it is that person's identifying data and shown only
// with the right to see that person's identity.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

enum class IdentifierKind { kPhone, kAccount, kBankAccount, kVehicle, kAddress, kOrganization };

const char* identifier_kind_name(IdentifierKind k);
std::optional<IdentifierKind> parse_identifier_kind(const std::string& name);
std::vector<std::string> identifier_kind_names();

struct CaseIdentifier {
  int64_t id = 0;
  int64_t case_id = 0;
  IdentifierKind kind = IdentifierKind::kPhone;
  std::string value;      // as written: number, handle or URL, account number, plate, address, name
  std::string qualifier;  // platform of an account ("facebook"), bank of a bank account; else ""
  std::string key;        // normalized (graph::identifier_key); equal keys are one entity
  std::string note;
  std::optional<int64_t> person_id;  // the case person it belongs to
  int64_t created_by = 0;
  TimePoint created_at;
};

struct IdentifierDraft {
  std::optional<IdentifierKind> kind;
  std::string value;
  std::string qualifier;
  std::string note;
  std::optional<int64_t> person_id;
};

}  // namespace frontline::domain
