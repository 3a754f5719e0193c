// Scan alerts: posts of the watched folder that scored high or named a known
// identifier (service/scan_alert_service.hpp), listed for the caller's
// units, opened with a fresh scan, dismissed or saved as a lead.
#include <memory>

#include "http/routes.hpp"
#include "http/scan_json.hpp"
#include "service/scan_alert_service.hpp"
#include "util/text.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

constexpr size_t kExcerptChars = 200;

Result<domain::ScanAlertFilter> scan_alert_filter(const ApiRequest& req) {
  domain::ScanAlertFilter f;
  service::FieldErrors bad;
  if (auto status = req.query_value("status"); status && !status->empty()) {
    f.status = domain::parse_scan_alert_status(*status);
    if (!f.status) bad["status"] = "must be one of: open, dismissed, saved";
  }
  auto offset = req.int_query("offset", 0);
  auto limit = req.int_query("limit", 50);
  if (!offset.ok()) bad.insert(offset.error().fields.begin(), offset.error().fields.end());
  if (!limit.ok()) bad.insert(limit.error().fields.begin(), limit.error().fields.end());
  if (!bad.empty()) {
    return Error::invalid("the scan alert query has invalid fields", bad);
  }
  f.offset = *offset;
  f.limit = *limit;
  return f;
}

}  // namespace

json scan_alert_json(const domain::ScanAlert& a) {
  return json{{"id", a.id},
              {"unit_code", a.unit_code},
              {"source", a.source},
              {"item", a.item},
              {"post_id", a.post_id},
              {"excerpt", text::excerpt(a.text, kExcerptChars)},
              {"risk", a.risk},
              {"level", a.level},
              {"flags", a.flag_ids},
              {"reasons", a.reasons},
              {"known", a.known},
              {"status", domain::scan_alert_status_name(a.status)},
              {"lead_id", a.lead_id ? json(*a.lead_id) : json(nullptr)},
              {"raised_at", format_utc(a.raised_at)},
              {"reviewed_at", a.reviewed_at ? json(format_utc(*a.reviewed_at)) : json(nullptr)},
              {"version", a.version}};
}

void add_scan_alert_routes(Router& router, Services& s) {
  auto alerts = std::make_shared<service::ScanAlertService>(s.store, s.clock);
  auto leads = std::make_shared<service::LeadService>(s.store, s.clock, s.scan, &s.graph_index);

  router.add("GET", "/api/v1/scan-alerts", Access::kSession, [alerts](const ApiRequest& req) {
    auto filter = scan_alert_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(alerts->list(*req.principal, *filter), 200, [](const domain::ScanAlertPage& page) {
      json items = json::array();
      for (const auto& a : page.items) items.push_back(scan_alert_json(a));
      return json{{"items", items}, {"total", page.total}};
    });
  });

  // The alert with its post and a scan of it now, as the caller may see it
  // (known cases and watchlist entries of today, not of when it was raised).
  router.add("GET", "/api/v1/scan-alerts/{id}", Access::kSession, [alerts, &s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    const std::string lang = req.query_value("lang").value_or("vi") == "en" ? "en" : "vi";
    auto alert = alerts->get(*req.principal, *id);
    if (!alert.ok()) {
      return error_response(alert.error());
    }
    json body = scan_alert_json(*alert);
    body["text"] = alert->text;
    auto scanned = s.scan.scan(*req.principal, {alert->text}, lang);
    if (!scanned.ok()) {
      return error_response(scanned.error());
    }
    body["scan"] = scan_results_json({alert->text}, *scanned, lang)["results"][0];
    return ApiResponse::json(200, body);
  });

  router.add("POST", "/api/v1/scan-alerts/{id}/dismiss", Access::kSession, [alerts](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"expected_version"});
      auto version = r.integer("expected_version", Need::kOptional);
      if (!r.ok()) {
        return error_response(r.error("the review has invalid fields"));
      }
      return respond(alerts->dismiss(*req.principal, *id, version), 200, scan_alert_json);
    });
  });

  router.add("POST", "/api/v1/scan-alerts/{id}/lead", Access::kSession, [alerts, leads](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"case_id", "source_url", "note", "add_identifiers"});
      domain::LeadDraft draft;
      draft.case_id = r.integer("case_id", Need::kOptional);
      draft.source_url = r.text("source_url", Need::kOptional, service::kMaxLeadSourceUrl).value_or("");
      draft.note = r.text("note", Need::kOptional, service::kMaxLeadNote).value_or("");
      draft.add_identifiers = r.boolean("add_identifiers", Need::kOptional).value_or(false);
      if (!r.ok()) {
        return error_response(r.error("the lead has invalid fields"));
      }
      return respond(alerts->save_as_lead(*req.principal, *id, draft, *leads), 201,
                     [](const std::pair<service::LeadCreated, domain::ScanAlert>& saved) {
                       return json{{"lead", lead_created_json(saved.first)}, {"alert", scan_alert_json(saved.second)}};
                     });
    });
  });
}

}  // namespace frontline::http
