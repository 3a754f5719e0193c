// Identifiers in the one spelling that makes them graph nodes: the same
// phone, account, bank account, plate, address or organization written
// differently on two cases becomes one node.
#pragma once

#include <string>

#include "domain/identifier.hpp"
#include "domain/person.hpp"
#include "graph/graph.hpp"
#include "util/result.hpp"

namespace frontline::graph {

// The normalized key of an identifier:
//   phone         E.164 (match::normalize_phone)
//   account       "<platform>/<handle>" (platform lower-case, handle as match::handle_key)
//   bank_account  "<bank folded>/<digits of the number>"
//   vehicle       the plate's letters and digits, upper-case ("29A-123.45" -> "29A12345")
//   address, organization   util's fold, runs of spaces and punctuation made one space
// InvalidArgument naming "value" (or "qualifier" for a missing platform or
// bank) when nothing comparable is left.
Result<std::string> identifier_key(domain::IdentifierKind kind, const std::string& value,
                                   const std::string& qualifier);

NodeKind node_kind_of(domain::IdentifierKind kind);

// The edges a person states: one per case link (their role) and, from the
// identity, "has" edges to their phone and their identity documents
// ("citizen_id:<12 digits>", "passport:<number>") when those normalize.
// Addresses in identities are not linked (households would join unrelated
// cases; record a shared address as an identifier instead).
struct PersonLink {
  int64_t case_id = 0;
  domain::PersonRole role = domain::PersonRole::kWitness;
};
std::vector<EdgeFact> person_edges(int64_t person_id, const domain::PersonIdentity& identity,
                                   const std::vector<PersonLink>& links);

// The edge an identifier states: "has" from its person when tied to one,
// else "appears_in" to its case.
EdgeFact identifier_edge(const domain::CaseIdentifier& identifier);

}  // namespace frontline::graph
