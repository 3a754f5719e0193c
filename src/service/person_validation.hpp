// Checks of person input. Field names match the API ("full_name", ...).
#pragma once

#include "domain/person.hpp"
#include "service/case_validation.hpp"

namespace frontline::service {

// Checks every identity field that is present; `name_required` for new persons.
void check_identity(const domain::PersonIdentity& id, bool name_required, TimePoint now, FieldErrors& bad);
// Nationality and home province must be known codes when given.
Status check_person_codes(store::Transaction& tx, const std::string& nationality, const std::string& home_province,
                          FieldErrors& bad);

}  // namespace frontline::service
