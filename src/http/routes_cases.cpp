#include "http/json_mapping.hpp"
#include "http/referral_json.hpp"
#include "http/routes.hpp"
#include "http/scan_json.hpp"
#include "http/watchlist_json.hpp"
#include "domain/workflow.hpp"
#include "service/dashboard.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json counts_json(const service::Dashboard::Counts& counts, const char* key) {
  json out = json::array();
  for (const auto& [name, n] : counts) {
    out.push_back({{key, name}, {"count", n}});
  }
  return out;
}

json dashboard_json(const service::Dashboard& d) {
  json activity = json::array();
  for (const auto& a : d.recent_activity) {
    activity.push_back(activity_item_json(a));
  }
  json body = {{"open_total", d.open_total},
          {"open_by_status", counts_json(d.open_by_status, "status")},
          {"open_by_form", counts_json(d.open_by_form, "trafficking_form")},
          {"open_by_province", counts_json(d.open_by_province, "province_code")},
          {"reported_per_month", counts_json(d.reported_per_month, "month")},
          {"recent_activity", activity}};
  add_referral_digests(d, body);
  add_alert_digest(d, body);
  body["scan_alerts"] = nullptr;
  if (d.scan_alerts) {
    json items = json::array();
    for (const auto& a : d.scan_alerts->items) items.push_back(scan_alert_json(a));
    body["scan_alerts"] = {{"count", d.scan_alerts->total}, {"items", items}};
  }
  return body;
}

}  // namespace

void add_case_routes(Router& router, Services& s) {
  router.add("GET", "/api/v1/dashboard", Access::kSession, [&s](const ApiRequest& req) {
    return respond(service::build_dashboard(s.cases, s.store, *req.principal, s.clock.now()), 200, dashboard_json);
  });

  router.add("GET", "/api/v1/cases", Access::kSession, [&s](const ApiRequest& req) {
    auto filter = parse_case_filter(req.query);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(s.cases.list(*req.principal, *filter), 200, [&](const domain::CasePage& page) {
      return case_page_json(page, filter->offset, filter->limit);
    });
  });

  router.add("POST", "/api/v1/cases", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto draft = parse_case_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(s.cases.create(*req.principal, *draft), 201, case_json);
    });
  });

  router.add("GET", "/api/v1/cases/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.get(*req.principal, *id), 200, [](const domain::Case& c) {
      json j = case_json(c);
      json next = json::array();
      for (auto st : domain::next_statuses(c.status)) {
        next.push_back(domain::case_status_name(st));
      }
      j["allowed_transitions"] = next;
      return j;
    });
  });

  router.add("PATCH", "/api/v1/cases/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_case_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(s.cases.update(*req.principal, *id, *patch), 200, case_json);
    });
  });

  router.add("POST", "/api/v1/cases/{id}/transitions", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"to", "note", "merged_into"});
      auto to = r.choice("to", Need::kRequired, &domain::parse_case_status, domain::case_status_names());
      auto note = r.text("note", Need::kOptional, 2000);
      auto merged_into = r.integer("merged_into", Need::kOptional);
      if (!r.ok()) {
        return error_response(r.error("the transition has invalid fields"));
      }
      return respond(s.cases.transition(*req.principal, *id, *to, note.value_or(""), merged_into), 200, case_json);
    });
  });
}

}  // namespace frontline::http
