// Deterministic demo data: realistic trafficking cases, persons and timelines
// for training, screenshots and load tests. Nothing here is real: names are
// drawn from published frequency tables, case texts from templates.
//
// The same seed, options and Asia/Ho_Chi_Minh calendar day of `clock` give the
// same rows on every platform (the generator uses std::mt19937_64, whose
// output the standard fixes, and its own distributions, never the standard
// library's). Database ids and account password hashes are the only things
// that can differ, and ids only when the database was not empty.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "util/clock.hpp"
#include "util/result.hpp"

namespace frontline::demo {

struct DemoOptions {
  int64_t cases = 200;     // how many cases to add; 0 adds only the accounts
  uint64_t seed = 1;       // same seed on the same day => same data
  bool with_users = true;  // create one demo account per role first
};

// A demo account as it can be used to log in. Every demo account shares the
// password kDemoPassword.
struct DemoUser {
  std::string username;    // "officer.ls"
  std::string password;    // kDemoPassword
  std::string role;        // domain::role_name(), e.g. "frontline_officer"
  std::string unit_code;   // the unit the account belongs to
  bool existed = false;    // the username was already taken: left unchanged, its password may differ
};

// The password of every demo account (18 characters; 111 is Vietnam's
// anti-trafficking hotline).
inline constexpr const char* kDemoPassword = "frontline-demo-111";

struct DemoSummary {
  int64_t cases = 0;    // cases added
  int64_t persons = 0;  // persons added (each linked to one case)
  int64_t events = 0;   // timeline events added
  int64_t identifiers = 0;  // case identifiers added (recruitment rings, demo/identifiers.hpp)
  std::vector<DemoUser> users;  // the demo accounts (empty when with_users is false)
};

// Fills `store` with demo data. Reference data (units, provinces, countries)
// must already be loaded; Conflict when it is not, or when with_users is false
// and the store has no account to record as the cases' creator.
// InvalidArgument when opt.cases is negative or above 10,000,000.
//
// Accounts come first (one write transaction; an existing username is
// skipped, never changed), then cases in transactions of 2,000, each with its
// persons, timeline and one "demo.generate" audit entry by the system. A
// failure leaves the batches before it committed and returns the error.
// Cases are reported between 2019-01-01 and yesterday (Vietnamese calendar)
// and numbered in the per-(province, year of report) sequence, so numbering
// continues after any cases already stored.
//
// Not safe to run concurrently with itself on one store (numbers would still
// be unique, but the sequence of each run would interleave).
Result<DemoSummary> generate(store::Store& store, const Clock& clock, const DemoOptions& opt);

}  // namespace frontline::demo
