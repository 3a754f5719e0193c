// POST /api/v1/screen: a person as entered at a gate against every case
// person (service/screening_service.hpp for the scope and privacy rule);
// the answer's shape is in http/screening_json.hpp.
#include "domain/person.hpp"
#include "http/routes.hpp"
#include "http/screening_json.hpp"

namespace frontline::http {

using nlohmann::json;

Result<service::ScreenQuery> parse_screen_request(const json& body) {
  FieldReader r(body, {"full_name", "date_of_birth", "sex", "nationality", "citizen_id", "passport_number", "phone",
                       "limit"});
  service::ScreenQuery q;
  q.full_name = r.text("full_name", Need::kOptional, 200).value_or("");
  q.date_of_birth = r.text("date_of_birth", Need::kOptional, 10).value_or("");
  q.sex = r.choice<domain::Sex>("sex", Need::kOptional, domain::parse_sex, domain::sex_names());
  q.nationality = r.text("nationality", Need::kOptional, 2).value_or("");
  q.citizen_id = r.text("citizen_id", Need::kOptional, 20).value_or("");
  q.passport_number = r.text("passport_number", Need::kOptional, 30).value_or("");
  q.phone = r.text("phone", Need::kOptional, 30).value_or("");
  q.limit = r.integer("limit", Need::kOptional).value_or(10);
  if (!r.ok()) {
    return r.error();
  }
  return q;
}

void add_screening_routes(Router& router, Services& s) {
  router.add("POST", "/api/v1/screen", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto q = parse_screen_request(body);
      if (!q.ok()) {
        return error_response(q.error());
      }
      return respond(s.screening.screen(*req.principal, *q), 200, screen_result_json);
    });
  });
}

}  // namespace frontline::http
