// Tamper-evident audit log. Entries are appended, never changed: each carries
// the SHA-256 of its own content chained to the hash of the entry before it,
// so editing, deleting or reordering any stored entry breaks the chain from
// that point on. Entries never contain identifying data of persons: they name
// records by type and id.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "util/clock.hpp"
#include "util/result.hpp"

namespace frontline::audit {

enum class Outcome { kOk, kDenied, kFailed };
const char* outcome_name(Outcome o);

struct Entry {
  int64_t seq = 0;          // assigned by the store, strictly increasing from 1
  TimePoint at;
  int64_t actor_id = 0;     // 0 for the system or an unauthenticated caller
  std::string actor;        // username, "system" or "anonymous"
  std::string action;       // dotted verb, e.g. "case.create", "session.login", "person.identity.read"
  std::string record_type;  // "case", "person", "user", ...
  std::string record_id;
  Outcome outcome = Outcome::kOk;
  std::string detail;       // short JSON object text, no identifying data
  std::string prev_hash;    // hash of entry seq-1; 64 zeros for the first entry
  std::string hash;
};

// The hash chained onto the first entry.
inline const std::string kGenesisHash(64, '0');

// SHA-256 over a canonical, length-prefixed encoding of every field except `hash`.
std::string compute_hash(const Entry& e);

struct VerifyReport {
  int64_t entries = 0;
  std::optional<int64_t> first_broken_seq;  // empty when the chain is intact
  std::string problem;                      // why that entry is broken
};

// Checks entries fed in seq order and remembers the first whose sequence,
// prev_hash or hash does not fit the chain so far.
class ChainVerifier {
 public:
  // Returns false once the chain is broken (feeding more changes nothing).
  bool feed(const Entry& e);
  const VerifyReport& report() const { return report_; }

 private:
  VerifyReport report_;
  std::string expected_prev_ = kGenesisHash;
  int64_t expected_seq_ = 1;
};

}  // namespace frontline::audit
