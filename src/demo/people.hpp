// Demo persons for one case: the outlined victims, 0-2 suspects (brokers,
// some foreign), and sometimes a relative who reported or a witness.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/case_templates.hpp"
#include "demo/rng.hpp"
#include "demo/world.hpp"
#include "domain/person.hpp"

namespace frontline::demo {

struct PlannedPerson {
  domain::Person person;  // id 0; created_at/updated_at set
  domain::PersonRole role = domain::PersonRole::kVictim;
};

// Persons of a case reported on `reported_day`, recorded from `at` on (one
// minute apart). Partial dates of birth (some year-only, a few unknown), 12-
// digit citizen ids built like real ones (birth-province code, sex/century
// digit, year of birth), "+84 9xx xxx xxx" phones for some.
std::vector<PlannedPerson> plan_people(Rng& rng, const World& world, const CaseOutline& o, int64_t reported_day,
                                       TimePoint at);

}  // namespace frontline::demo
