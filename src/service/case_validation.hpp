// Checks of case input that need reference data (units, provinces,
// countries). Each failure is recorded against the API field name.
#pragma once

#include <map>
#include <string>

#include "domain/case.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"

namespace frontline::service {

using FieldErrors = std::map<std::string, std::string>;

// Validates a route; field names are prefixed "route.".
Status check_route(store::Transaction& tx, const domain::Route& route, FieldErrors& bad);
Status check_recruitment(const domain::Recruitment& r, FieldErrors& bad);
// Title 3–200 characters and not blank, summary ≤ 10,000.
void check_case_text(const std::optional<std::string>& title, const std::optional<std::string>& summary,
                     FieldErrors& bad);
// A real date in "YYYY-MM-DD" from 1990 to today in Vietnam, recorded
// against `field` when it is not.
void check_past_date(const std::string& field, const std::string& date, TimePoint now, FieldErrors& bad);
// check_past_date for a case's "reported_on".
void check_reported_on(const std::string& date, TimePoint now, FieldErrors& bad);
// Looks up a province code; records an error when unknown.
Result<std::optional<store::ProvinceInfo>> check_province(store::Transaction& tx, const std::string& code,
                                                          const std::string& field, FieldErrors& bad);
// Today's date in Vietnam, "YYYY-MM-DD".
std::string today_vn(TimePoint now);
// "offset" must be 0 or more and "limit" 1 to `max_limit`; names each that is not.
void check_paging(int64_t offset, int64_t limit, int64_t max_limit, FieldErrors& bad);

}  // namespace frontline::service
