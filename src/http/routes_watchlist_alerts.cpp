// Watchlist alerts: the persons on cases who match a watchlist entry
// (service/watchlist_alerts.hpp), listed for the caller's units and reviewed.
#include <memory>

#include "http/routes.hpp"
#include "http/watchlist_json.hpp"
#include "service/watchlist_alerts.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

Result<domain::AlertFilter> alert_filter(const ApiRequest& req) {
  domain::AlertFilter f;
  service::FieldErrors bad;
  if (auto status = req.query_value("status"); status && !status->empty()) {
    f.status = domain::parse_alert_status(*status);
    if (!f.status) {
      bad["status"] = "must be one of: open, confirmed, dismissed";
    }
  }
  auto offset = req.int_query("offset", 0);
  auto limit = req.int_query("limit", 50);
  if (!offset.ok()) {
    bad.insert(offset.error().fields.begin(), offset.error().fields.end());
  }
  if (!limit.ok()) {
    bad.insert(limit.error().fields.begin(), limit.error().fields.end());
  }
  if (!bad.empty()) {
    return Error::invalid("the alert query has invalid fields", bad);
  }
  f.offset = *offset;
  f.limit = *limit;
  return f;
}

}  // namespace

void add_watchlist_alert_routes(Router& router, Services& s) {
  auto alerts = std::make_shared<service::WatchlistAlertService>(s.store, s.clock);

  router.add("GET", "/api/v1/watchlist-alerts", Access::kSession, [alerts](const ApiRequest& req) {
    auto filter = alert_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(alerts->list(*req.principal, *filter), 200, [](const domain::AlertPage& page) {
      json items = json::array();
      for (const auto& a : page.items) {
        items.push_back(alert_json(a));
      }
      return json{{"items", items}, {"total", page.total}};
    });
  });

  router.add("GET", "/api/v1/watchlist-alerts/{id}", Access::kSession, [alerts](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(alerts->get(*req.principal, *id), 200, alert_json);
  });

  router.add("POST", "/api/v1/watchlist-alerts/{id}/review", Access::kSession, [alerts](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"decision", "note", "expected_version"});
      service::AlertReview review;
      review.decision = r.text("decision", Need::kRequired, 20).value_or("");
      review.note = r.text("note", Need::kOptional, 2000).value_or("");
      review.expected_version = r.integer("expected_version", Need::kOptional);
      if (!r.ok()) {
        return error_response(r.error("the review has invalid fields"));
      }
      return respond(alerts->review(*req.principal, *id, review), 200, alert_json);
    });
  });
}

}  // namespace frontline::http
