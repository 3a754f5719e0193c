// Demo accounts: one per role, at units found in the loaded reference data.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/demo.hpp"
#include "demo/world.hpp"

namespace frontline::demo {

struct DemoAccounts {
  std::vector<DemoUser> users;  // empty when accounts were not requested
  int64_t officer_id = 0;       // records cases and first-line events
  int64_t investigator_id = 0;  // records investigation steps
};

// With `create`: adds every demo account whose username is free (hashing
// kDemoPassword once), each with a "user.create" audit entry by the system,
// in one write transaction; taken usernames are reported with existed = true.
// Without: finds "officer.ls"/"investigator.ls", else the first account.
// Conflict when no account exists to record as the cases' creator.
Result<DemoAccounts> prepare_accounts(store::Store& store, const Clock& clock, const World& world, bool create);

}  // namespace frontline::demo
