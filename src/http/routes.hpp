// Route tables of the API. Each add_*_routes registers one resource's
// handlers; handlers are thin: parse → call a service → map to JSON.
#pragma once

#include "http/json_input.hpp"
#include "http/router.hpp"
#include "service/auth_service.hpp"
#include "service/case_service.hpp"
#include "service/graph_index.hpp"
#include "service/referral_service.hpp"
#include "service/scan_service.hpp"
#include "service/screening_service.hpp"
#include "service/training_service.hpp"
#include "service/user_service.hpp"
#include "store/store.hpp"

namespace frontline::http {

struct Services {
  store::Store& store;
  const Clock& clock;
  service::AuthService& auth;
  service::UserService& users;
  service::CaseService& cases;
  service::ReferralService& referrals;
  service::ScreeningService& screening;
  service::ScreeningIndex& screening_index;
  service::GraphIndex& graph_index;          // the link graph; told of identifier changes
  service::PersonIndexSink& person_sink;     // every index told of persons changed outside CaseService
  service::ScanService& scan;                // the scanner of online posts, built once at start
  service::WatchlistIndexSink& watchlist_sink;  // every index told of changed watchlists
};

void add_session_routes(Router& router, Services& s);
void add_case_routes(Router& router, Services& s);
void add_person_routes(Router& router, Services& s);
void add_record_routes(Router& router, Services& s);
void add_admin_routes(Router& router, Services& s);
void add_reference_routes(Router& router, Services& s);
void add_victim_routes(Router& router, Services& s);
void add_meta_routes(Router& router, Services& s);
void add_export_routes(Router& router, Services& s);
void add_referral_routes(Router& router, Services& s);
void add_statistics_routes(Router& router, Services& s);
void add_watchlist_routes(Router& router, Services& s);
void add_watchlist_alert_routes(Router& router, Services& s);
void add_link_routes(Router& router, Services& s);
void add_screening_routes(Router& router, Services& s);
void add_identifier_routes(Router& router, Services& s);
void add_graph_routes(Router& router, Services& s);
void add_scan_routes(Router& router, Services& s);
void add_scan_alert_routes(Router& router, Services& s);
void add_training_test_routes(Router& router, Services& s);
void add_training_curriculum_routes(Router& router, Services& s);
void add_training_course_routes(Router& router, Services& s);
void add_training_certificate_routes(Router& router, Services& s);

// The extension point of GET /me/training (training_me_extension.cpp):
// adds to `body` what training parts other than the core know of the caller.
Status extend_my_training(Services& s, const service::Principal& who, const service::MyTraining& mine,
                          nlohmann::json& body);
void add_training_report_routes(Router& router, Services& s);

// Name of the session cookie.
inline constexpr const char* kSessionCookie = "frontline_session";

// Parses the request body as a JSON object and hands it to `next`, or answers 400.
template <typename F>
ApiResponse with_body(const ApiRequest& req, F next) {
  auto body = parse_json_object(req.body);
  if (!body.ok()) {
    return error_response(body.error());
  }
  return next(*body);
}

// Every route of the API, registered in one router.
Router build_router(Services& s);

}  // namespace frontline::http
