#include "http/routes.hpp"

namespace frontline::http {

std::string_view openapi_document();  // generated from openapi.json

void add_meta_routes(Router& router, Services& s) {
  router.add("GET", "/healthz", Access::kPublic, [&s](const ApiRequest&) {
    // Healthy means the database answers a query.
    Status st = s.store.read([](store::Transaction& tx) { return discard_value(tx.cases().count()); });
    if (!st.ok()) {
      return ApiResponse::json(503, {{"status", "unavailable"}});
    }
    return ApiResponse::json(200, {{"status", "ok"}, {"version", FRONTLINE_VERSION}});
  });

  router.add("GET", "/api/v1/openapi.json", Access::kPublic, [](const ApiRequest&) {
    ApiResponse res;
    res.body = std::string(openapi_document());
    return res;
  });
}

Router build_router(Services& s) {
  Router router;
  add_session_routes(router, s);
  add_case_routes(router, s);
  add_person_routes(router, s);
  add_record_routes(router, s);
  add_admin_routes(router, s);
  add_reference_routes(router, s);
  add_export_routes(router, s);
  add_victim_routes(router, s);
  add_meta_routes(router, s);
  add_referral_routes(router, s);
  add_watchlist_routes(router, s);
  add_watchlist_alert_routes(router, s);
  add_link_routes(router, s);
  add_statistics_routes(router, s);
  add_screening_routes(router, s);
  add_identifier_routes(router, s);
  add_graph_routes(router, s);
  add_scan_routes(router, s);
  add_scan_alert_routes(router, s);
  add_training_test_routes(router, s);
  add_training_curriculum_routes(router, s);
  add_training_course_routes(router, s);
  add_training_certificate_routes(router, s);
  add_training_report_routes(router, s);
  return router;
}

}  // namespace frontline::http
