// JSON of a screening (POST /api/v1/screen, `frontline screen --json`).
#pragma once

#include <nlohmann/json.hpp>

#include "service/screening_service.hpp"

namespace frontline::http {

// {"candidates": [{"source", "person_id", "score", "alert", "review",
//   "explanation": [{"field", "outcome", "contribution", "detail"}],
//   "in_scope", "masked", "cases": [{"case_id", "case_number", "role"}],
//   "contact_units": [unit code], "display": {"pseudonym", "full_name",
//   "date_of_birth" (null when masked), "sex", "birth_year", "nationality"}}],
//  "query": {"names": [{"key", "order", "tokens": [{"text", "role"}]}],
//   "date_of_birth", "sex", "nationality", "documents": [{"type", "number"}],
//   "phone"}, "scored": n}
nlohmann::json screen_result_json(const service::ScreenResult& r);

// The body of POST /api/v1/screen: the ScreenQuery fields and "limit";
// InvalidArgument naming unknown and mistyped fields. Emptiness and the
// fields' formats are the service's to check.
Result<service::ScreenQuery> parse_screen_request(const nlohmann::json& body);

}  // namespace frontline::http
