// Queries over the link graph with the privacy rule of graph_service.hpp.
#include "service/graph_service.hpp"

#include <algorithm>
#include <climits>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/graph_present.hpp"

namespace frontline::service {
namespace {

using graph_detail::EntityRef;
using graph_detail::Presenter;

// A case asked for by number that is in no link yet: just the case, if the
// caller may see it (finish() checks).
GraphView lone_case(const EntityRef& ref) {
  GraphView v;
  v.start = "case:" + std::to_string(*ref.number);
  GraphNodeView n;
  n.id = v.start;
  n.kind = graph::NodeKind::kCase;
  n.in_scope = true;
  n.case_id = ref.number;
  v.nodes.push_back(std::move(n));
  return v;
}

}  // namespace

Result<GraphView> GraphService::walk(const Principal& who, const NeighbourhoodQuery& q, int hops, const char* query) {
  FL_TRY(require(who, domain::Permission::kGraphRead, "read the link graph"));
  FieldErrors bad;
  auto ref = graph_detail::parse_entity("entity", q.entity);
  if (!ref.ok()) {
    bad.insert(ref.error().fields.begin(), ref.error().fields.end());
  }
  if (hops != INT_MAX) {  // a neighbourhood; a whole network has no hops
    graph_detail::check_range(bad, "hops", q.hops, 1, 4);
  }
  graph_detail::check_range(bad, "limit", q.limit, 1, 2000);
  if (!bad.empty()) {
    return Error::invalid("the graph query has invalid fields", bad);
  }
  auto drafted = index_.read([&](const GraphSnapshot& snap) -> Result<GraphView> {
    Presenter p(snap, who);
    FL_ASSIGN_OR_RETURN(graph::NodeId start, p.resolve(*ref));
    graph::Reach reach = graph::neighbourhood(snap.graph, start, hops, static_cast<size_t>(q.limit));
    GraphView v;
    v.start = p.id_of(start);
    v.truncated = reach.truncated;
    for (size_t i = 0; i < reach.nodes.size(); ++i) {
      v.nodes.push_back(p.view(reach.nodes[i], reach.hops[i]));
    }
    v.edges = p.induced_edges(reach.nodes);
    return v;
  });
  if (!drafted.ok()) {
    if (drafted.error().code == ErrorCode::kNotFound && ref->kind == graph::NodeKind::kCase && ref->number) {
      drafted = lone_case(*ref);
    } else {
      return drafted.error();
    }
  }
  nlohmann::json detail = {{"query", query}};
  if (hops != INT_MAX) {
    detail["hops"] = hops;
  }
  return graph_detail::finish(store_, clock_, who, std::move(drafted).value(),
                              q.use == GraphUse::kExport ? "graph.export" : "graph.view", detail);
}

Result<GraphView> GraphService::neighbourhood(const Principal& who, const NeighbourhoodQuery& q) {
  return walk(who, q, static_cast<int>(std::clamp<int64_t>(q.hops, 0, 4)), "neighbourhood");
}

Result<GraphView> GraphService::network(const Principal& who, const NeighbourhoodQuery& q) {
  return walk(who, q, INT_MAX, "network");
}

Result<GraphView> GraphService::path(const Principal& who, const PathQuery& q) {
  FL_TRY(require(who, domain::Permission::kGraphRead, "read the link graph"));
  FieldErrors bad;
  auto from = graph_detail::parse_entity("from", q.from);
  auto to = graph_detail::parse_entity("to", q.to);
  for (const auto* r : {&from, &to}) {
    if (!r->ok()) {
      bad.insert(r->error().fields.begin(), r->error().fields.end());
    }
  }
  graph_detail::check_range(bad, "max_hops", q.max_hops, 1, 12);
  if (!bad.empty()) {
    return Error::invalid("the path query has invalid fields", bad);
  }
  FL_ASSIGN_OR_RETURN(GraphView view, index_.read([&](const GraphSnapshot& snap) -> Result<GraphView> {
    Presenter p(snap, who);
    FL_ASSIGN_OR_RETURN(graph::NodeId a, p.resolve(*from));
    FL_ASSIGN_OR_RETURN(graph::NodeId b, p.resolve(*to));
    auto found = graph::shortest_path(snap.graph, a, b, static_cast<int>(q.max_hops));
    if (!found) {
      return Error::not_found("no path from " + q.from + " to " + q.to + " within " + std::to_string(q.max_hops) +
                              " links");
    }
    GraphView v;
    v.start = p.id_of(a);
    for (size_t i = 0; i < found->size(); ++i) {
      v.nodes.push_back(p.view((*found)[i], static_cast<int>(i)));
      if (i > 0) {
        for (const graph::HalfEdge& e : snap.graph.edges((*found)[i - 1])) {
          if (e.to == (*found)[i]) {
            v.edges.push_back({v.nodes[i - 1].id, v.nodes[i].id, graph::edge_kind_name(e.kind)});
            break;
          }
        }
      }
    }
    return v;
  }));
  return graph_detail::finish(store_, clock_, who, std::move(view), "graph.view",
                              {{"query", "path"}, {"to", q.to}, {"max_hops", q.max_hops}});
}

graph::ExportGraph to_export(const GraphView& view) {
  graph::ExportGraph out;
  for (const GraphNodeView& n : view.nodes) {
    graph::ExportNode e;
    e.id = n.id;
    e.kind = graph::node_kind_name(n.kind);
    e.label = n.label;
    e.attributes = {{"masked", n.masked ? "true" : "false"},
                    {"in_scope", n.in_scope ? "true" : "false"},
                    {"hops", std::to_string(n.hops)}};
    if (!n.unit_code.empty()) {
      e.attributes.emplace_back("unit", n.unit_code);
    }
    if (!n.status.empty()) {
      e.attributes.emplace_back("status", n.status);
      e.attributes.emplace_back("province", n.province_code);
      e.attributes.emplace_back("title", n.title);
    }
    if (n.person_id) {
      e.attributes.emplace_back("victim", n.victim ? "true" : "false");
      std::string roles;
      for (const std::string& r : n.roles) {
        roles += (roles.empty() ? "" : " ") + r;
      }
      e.attributes.emplace_back("roles", roles);
    }
    out.nodes.push_back(std::move(e));
  }
  for (const GraphEdgeView& e : view.edges) {
    out.edges.push_back({e.source, e.target, e.kind});
  }
  return out;
}

}  // namespace frontline::service
