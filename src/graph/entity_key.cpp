#include "graph/entity_key.hpp"

#include "match/document.hpp"
#include "match/handle.hpp"
#include "match/phone.hpp"
#include "util/text.hpp"

namespace frontline::graph {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// fold(), then every run of characters other than letters and digits one space.
std::string folded_words(const std::string& s) {
  std::string out;
  for (char c : text::fold(s)) {
    if (is_alnum(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

std::string upper_alnum(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (is_alnum(c)) {
      out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
  }
  return out;
}


// Built member by member: GCC 12 warns (maybe-uninitialized) on the nested
// brace initialization of NodeKey temporaries.
EdgeFact fact(const NodeKey& a, NodeKind b_kind, const std::string& b_key, EdgeKind kind, const std::string& label) {
  EdgeFact f;
  f.a = a;
  f.b.kind = b_kind;
  f.b.key = b_key;
  f.kind = kind;
  f.b_label = label;
  return f;
}

}  // namespace

Result<std::string> identifier_key(domain::IdentifierKind kind, const std::string& value,
                                   const std::string& qualifier) {
  using K = domain::IdentifierKind;
  switch (kind) {
    case K::kPhone: {
      auto e164 = match::normalize_phone(value);
      if (!e164.ok()) {
        return Error::invalid_field("value", "is not a valid phone number");
      }
      return std::move(e164).value();
    }
    case K::kAccount: {
      const std::string platform = folded_words(qualifier);
      if (platform.empty()) {
        return Error::invalid_field("qualifier", "is required: the platform of the account");
      }
      const std::string handle = match::handle_key(value);
      if (handle.empty()) {
        return Error::invalid_field("value", "has no handle");
      }
      return platform + "/" + handle;
    }
    case K::kBankAccount: {
      const std::string bank = folded_words(qualifier);
      if (bank.empty()) {
        return Error::invalid_field("qualifier", "is required: the bank of the account");
      }
      const std::string number = text::digits_only(value);
      if (number.size() < 6 || number.size() > 20) {
        return Error::invalid_field("value", "must hold 6 to 20 digits");
      }
      return bank + "/" + number;
    }
    case K::kVehicle: {
      const std::string plate = upper_alnum(value);
      if (plate.size() < 4 || plate.size() > 12) {
        return Error::invalid_field("value", "must hold 4 to 12 letters and digits");
      }
      return plate;
    }
    case K::kAddress:
    case K::kOrganization: {
      const std::string words = folded_words(value);
      if (words.size() < 3) {
        return Error::invalid_field("value", "must hold at least 3 letters or digits");
      }
      return words;
    }
  }
  return Error::invalid_field("kind", "unknown kind");
}

NodeKind node_kind_of(domain::IdentifierKind kind) {
  using K = domain::IdentifierKind;
  switch (kind) {
    case K::kPhone: return NodeKind::kPhone;
    case K::kAccount: return NodeKind::kAccount;
    case K::kBankAccount: return NodeKind::kBankAccount;
    case K::kVehicle: return NodeKind::kVehicle;
    case K::kAddress: return NodeKind::kAddress;
    case K::kOrganization: return NodeKind::kOrganization;
  }
  return NodeKind::kOrganization;
}

std::vector<EdgeFact> person_edges(int64_t person_id, const domain::PersonIdentity& identity,
                                   const std::vector<PersonLink>& links) {
  std::vector<EdgeFact> out;
  const NodeKey me = person_node(person_id);
  for (const PersonLink& l : links) {
    EdgeKind k = EdgeKind::kWitness;
    switch (l.role) {
      case domain::PersonRole::kVictim: k = EdgeKind::kVictim; break;
      case domain::PersonRole::kSuspect: k = EdgeKind::kSuspect; break;
      case domain::PersonRole::kWitness: k = EdgeKind::kWitness; break;
      case domain::PersonRole::kReporter: k = EdgeKind::kReporter; break;
    }
    out.push_back(fact(me, NodeKind::kCase, std::to_string(l.case_id), k, ""));
  }
  if (!identity.phone.empty()) {
    auto e164 = match::normalize_phone(identity.phone);
    if (e164.ok()) {
      out.push_back(fact(me, NodeKind::kPhone, *e164, EdgeKind::kHas, *e164));
    }
  }
  if (!identity.citizen_id.empty()) {
    auto doc = match::normalize_identity_number(identity.citizen_id);
    if (doc.ok()) {
      const std::string key = std::string(match::document_type_name(doc->type)) + ":" + doc->number;
      out.push_back(fact(me, NodeKind::kDocument, key, EdgeKind::kHas, key));
    }
  }
  if (!identity.passport_number.empty()) {
    auto doc = match::normalize_passport(identity.passport_number);
    if (doc.ok()) {
      const std::string key = "passport:" + doc->number;
      out.push_back(fact(me, NodeKind::kDocument, key, EdgeKind::kHas, key));
    }
  }
  return out;
}

EdgeFact identifier_edge(const domain::CaseIdentifier& identifier) {
  std::string label = identifier.value;
  if (!identifier.qualifier.empty()) {
    label = identifier.qualifier + ": " + identifier.value;
  }
  if (identifier.kind == domain::IdentifierKind::kPhone) {
    label = identifier.key;
  }
  const NodeKind kind = node_kind_of(identifier.kind);
  if (identifier.person_id) {
    return fact(person_node(*identifier.person_id), kind, identifier.key, EdgeKind::kHas, label);
  }
  return fact(case_node(identifier.case_id), kind, identifier.key, EdgeKind::kAppearsIn, label);
}

}  // namespace frontline::graph
