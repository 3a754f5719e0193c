// Scanning online posts and the leads saved from them (docs/scan-api.md):
//   POST /api/v1/scan
//   GET/POST /api/v1/leads, GET/PATCH /api/v1/leads/{id}
//   GET /api/v1/cases/{id}/leads
#include <memory>

#include "http/routes.hpp"
#include "http/scan_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json lead_page_json(const service::LeadViewPage& page, const domain::LeadFilter& f) {
  json items = json::array();
  for (const auto& v : page.items) {
    items.push_back(lead_json(v));
  }
  return {{"items", items}, {"total", page.total}, {"offset", f.offset}, {"limit", f.limit}};
}

// offset and limit of a lead list; InvalidArgument naming each bad one.
Result<domain::LeadFilter> lead_filter(const ApiRequest& req) {
  domain::LeadFilter f;
  std::map<std::string, std::string> bad;
  auto offset = req.int_query("offset", 0);
  auto limit = req.int_query("limit", 50);
  auto case_id = req.int_query("case_id", 0);
  if (!offset.ok()) {
    bad["offset"] = "must be an integer";
  }
  if (!limit.ok()) {
    bad["limit"] = "must be an integer";
  }
  if (!case_id.ok()) {
    bad["case_id"] = "must be an integer";
  }
  if (!bad.empty()) {
    return Error::invalid("the lead query has invalid fields", bad);
  }
  f.offset = *offset;
  f.limit = *limit;
  if (req.query_value("case_id")) {
    f.case_id = *case_id;
  }
  return f;
}

}  // namespace

void add_scan_routes(Router& router, Services& s) {
  service::ScanService* scanner = &s.scan;
  auto leads = std::make_shared<service::LeadService>(s.store, s.clock, s.scan, &s.graph_index);

  // A batch of texts may be far larger than other JSON bodies.
  router.add(
      "POST", "/api/v1/scan", Access::kSession,
      [scanner](const ApiRequest& req) {
        auto parsed = parse_scan_request(req.body);
        if (!parsed.ok()) {
          return error_response(parsed.error());
        }
        return respond(scanner->scan(*req.principal, parsed->texts, parsed->lang), 200,
                       [&](const std::vector<service::ScanItem>& items) {
                         return scan_results_json(parsed->texts, items, parsed->lang);
                       });
      },
      BodyKind::kBulkJson);

  router.add("POST", "/api/v1/leads", Access::kSession, [leads](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto draft = parse_lead_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(leads->create(*req.principal, *draft), 201, lead_created_json);
    });
  });

  router.add("GET", "/api/v1/leads", Access::kSession, [leads](const ApiRequest& req) {
    auto f = lead_filter(req);
    if (!f.ok()) {
      return error_response(f.error());
    }
    return respond(leads->list(*req.principal, *f), 200,
                   [&](const service::LeadViewPage& page) { return lead_page_json(page, *f); });
  });

  router.add("GET", "/api/v1/leads/{id}", Access::kSession, [leads](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(leads->get(*req.principal, *id), 200, lead_json);
  });

  router.add("PATCH", "/api/v1/leads/{id}", Access::kSession, [leads](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_lead_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(leads->update(*req.principal, *id, *patch), 200, lead_json);
    });
  });

  router.add("GET", "/api/v1/cases/{id}/leads", Access::kSession, [leads](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    auto f = lead_filter(req);
    if (!f.ok()) {
      return error_response(f.error());
    }
    f->case_id = *id;
    return respond(leads->list(*req.principal, *f), 200,
                   [&](const service::LeadViewPage& page) { return lead_page_json(page, *f); });
  });
}

}  // namespace frontline::http
