// The case identifiers and the link graph (docs/graph.md):
//   GET/POST /api/v1/cases/{id}/identifiers, DELETE …/identifiers/{identifier_id}
//   GET /api/v1/graph/neighbourhood?entity=&hops=&limit=
//   GET /api/v1/graph/network?entity=&limit=
//   GET /api/v1/graph/path?from=&to=&max_hops=
//   GET /api/v1/graph/networks?min_cases=&offset=&limit=
//   GET /api/v1/graph/export.graphml|export.csv?entity=[&hops=][&limit=]
//       (a neighbourhood with hops, else the whole network)
#include <memory>

#include "graph/export.hpp"
#include "http/graph_json.hpp"
#include "http/routes.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

// Reads entity, hops and limit; InvalidArgument naming each bad one.
Result<service::NeighbourhoodQuery> walk_query(const ApiRequest& req, int64_t default_hops) {
  service::NeighbourhoodQuery q;
  q.entity = req.query_value("entity").value_or("");
  std::map<std::string, std::string> bad;
  auto hops = req.int_query("hops", default_hops);
  auto limit = req.int_query("limit", 500);
  if (!hops.ok()) {
    bad["hops"] = "must be a whole number";
  }
  if (!limit.ok()) {
    bad["limit"] = "must be a whole number";
  }
  if (!bad.empty()) {
    return Error::invalid("the graph query has invalid fields", bad);
  }
  q.hops = *hops;
  q.limit = *limit;
  return q;
}

ApiResponse export_response(const Result<service::GraphView>& view, bool graphml) {
  if (!view.ok()) {
    return error_response(view.error());
  }
  const graph::ExportGraph g = service::to_export(*view);
  ApiResponse res;
  if (graphml) {
    res.content_type = "application/graphml+xml; charset=utf-8";
    res.body = graph::to_graphml(g);
    res.headers.emplace_back("Content-Disposition", "attachment; filename=\"frontline-graph.graphml\"");
  } else {
    res.content_type = "text/csv; charset=utf-8";
    res.body = graph::to_csv(g);
    res.headers.emplace_back("Content-Disposition", "attachment; filename=\"frontline-graph.csv\"");
  }
  res.headers.emplace_back("X-Graph-Truncated", view->truncated ? "true" : "false");
  return res;
}

}  // namespace

void add_identifier_routes(Router& router, Services& s) {
  auto identifiers = std::make_shared<service::IdentifierService>(s.store, s.clock);
  identifiers->set_sink(&s.graph_index);

  router.add("GET", "/api/v1/cases/{id}/identifiers", Access::kSession, [identifiers](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(identifiers->list(*req.principal, *id), 200, [](const std::vector<service::IdentifierView>& v) {
      json items = json::array();
      for (const auto& i : v) {
        items.push_back(identifier_json(i));
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });

  router.add("POST", "/api/v1/cases/{id}/identifiers", Access::kSession, [identifiers](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto draft = parse_identifier_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(identifiers->add(*req.principal, *id, *draft), 201, identifier_json);
    });
  });

  router.add("DELETE", "/api/v1/cases/{id}/identifiers/{identifier_id}", Access::kSession,
             [identifiers](const ApiRequest& req) {
               auto id = req.id_param("id");
               auto iid = req.id_param("identifier_id");
               if (!id.ok() || !iid.ok()) {
                 return error_response(!id.ok() ? id.error() : iid.error());
               }
               Status st = identifiers->remove(*req.principal, *id, *iid);
               return st.ok() ? ApiResponse::no_content() : error_response(st.error());
             });
}

void add_graph_routes(Router& router, Services& s) {
  auto graph = std::make_shared<service::GraphService>(s.store, s.clock, s.graph_index);

  router.add("GET", "/api/v1/graph/neighbourhood", Access::kSession, [graph](const ApiRequest& req) {
    auto q = walk_query(req, 2);
    if (!q.ok()) {
      return error_response(q.error());
    }
    return respond(graph->neighbourhood(*req.principal, *q), 200, graph_view_json);
  });

  router.add("GET", "/api/v1/graph/network", Access::kSession, [graph](const ApiRequest& req) {
    auto q = walk_query(req, 0);
    if (!q.ok()) {
      return error_response(q.error());
    }
    return respond(graph->network(*req.principal, *q), 200, graph_view_json);
  });

  router.add("GET", "/api/v1/graph/path", Access::kSession, [graph](const ApiRequest& req) {
    service::PathQuery q;
    q.from = req.query_value("from").value_or("");
    q.to = req.query_value("to").value_or("");
    auto max_hops = req.int_query("max_hops", 8);
    if (!max_hops.ok()) {
      return error_response(max_hops.error());
    }
    q.max_hops = *max_hops;
    return respond(graph->path(*req.principal, q), 200, graph_view_json);
  });

  router.add("GET", "/api/v1/graph/networks", Access::kSession, [graph](const ApiRequest& req) {
    service::NetworkQuery q;
    auto min_cases = req.int_query("min_cases", 2);
    auto offset = req.int_query("offset", 0);
    auto limit = req.int_query("limit", 20);
    for (const auto* r : {&min_cases, &offset, &limit}) {
      if (!r->ok()) {
        return error_response(r->error());
      }
    }
    q.min_cases = *min_cases;
    q.offset = *offset;
    q.limit = *limit;
    return respond(graph->networks(*req.principal, q), 200, [&](const service::NetworkPage& page) {
      return network_page_json(page, q.offset, q.limit);
    });
  });

  for (const bool graphml : {true, false}) {
    const std::string path = graphml ? "/api/v1/graph/export.graphml" : "/api/v1/graph/export.csv";
    router.add("GET", path, Access::kSession, [graph, graphml](const ApiRequest& req) {
      const bool whole = !req.query_value("hops").has_value();
      auto q = walk_query(req, 2);
      if (!q.ok()) {
        return error_response(q.error());
      }
      q->use = service::GraphUse::kExport;
      return export_response(whole ? graph->network(*req.principal, *q) : graph->neighbourhood(*req.principal, *q),
                             graphml);
    });
  }
}

}  // namespace frontline::http
