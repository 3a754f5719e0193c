// Demo case identifiers: recruitment rings whose phone, online account, bank
// account or agency appears on a few cases each, in different provinces, so
// the link graph of the demo shows networks (docs/graph.md). Nothing is real:
// phones are in the 0899 xxx xxx block, accounts and agencies are made up.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/rng.hpp"
#include "domain/identifier.hpp"
#include "domain/person.hpp"

namespace frontline::demo {

// The rings of a demo with `cases` cases (about one per six cases, so that a
// ring recurs on two or three cases on average).
class RecruitmentRings {
 public:
  RecruitmentRings(uint64_t seed, int64_t cases);

  // The identifiers of one case (id 0, case_id, created_* left to the
  // caller); `suspect` is a suspect person of the case (0 when none), who may
  // carry the ring's phone. Deterministic for the seed and the call order.
  std::vector<domain::CaseIdentifier> plan(int64_t suspect);

 private:
  Rng rng_;
  int64_t rings_;
};

}  // namespace frontline::demo
