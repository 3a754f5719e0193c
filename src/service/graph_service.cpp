// Queries over the link graph with the privacy rule of graph_service.hpp.
#include "service/graph_service.hpp"

#include <algorithm>
#include <climits>
#include <set>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/graph_present.hpp"

namespace frontline::service {
namespace {

using graph_detail::EntityRef;
using graph_detail::Presenter;

void check_range(FieldErrors& bad, const std::string& field, int64_t v, int64_t lo, int64_t hi) {
  if (v < lo || v > hi) {
    bad[field] = "must be " + std::to_string(lo) + " to " + std::to_string(hi);
  }
}

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
  if (std::string(query) == "neighbourhood") {
    check_range(bad, "hops", q.hops, 1, 4);
  }
  check_range(bad, "limit", q.limit, 1, 2000);
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
  check_range(bad, "max_hops", q.max_hops, 1, 12);
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

Result<NetworkPage> GraphService::networks(const Principal& who, const NetworkQuery& q) {
  FL_TRY(require(who, domain::Permission::kGraphRead, "read the link graph"));
  FieldErrors bad;
  check_range(bad, "min_cases", q.min_cases, 1, 1000);
  check_range(bad, "offset", q.offset, 0, INT32_MAX);
  check_range(bad, "limit", q.limit, 1, 100);
  if (!bad.empty()) {
    return Error::invalid("the network query has invalid fields", bad);
  }
  NetworkPage page;
  // Case ids of each listed network, for its provinces.
  std::vector<std::vector<int64_t>> case_ids;
  index_.read([&](const GraphSnapshot& snap) {
    Presenter p(snap, who);
    auto comps = index_.components_locked();
    struct Ranked {
      uint32_t component;
      int64_t cases, victims;
      graph::NodeId first_case;
    };
    std::vector<Ranked> ranked;
    for (uint32_t c = 0; c < comps->members.size(); ++c) {
      int64_t cases = 0, in_scope = 0, victims = 0;
      std::optional<graph::NodeId> first;
      for (graph::NodeId n : comps->members[c]) {
        const graph::NodeKind kind = snap.graph.key(n).kind;
        if (kind == graph::NodeKind::kCase) {
          cases += 1;
          in_scope += p.case_in_scope(n) ? 1 : 0;
          const int64_t id = std::stoll(snap.graph.key(n).key);
          if (!first || id < std::stoll(snap.graph.key(*first).key)) {
            first = n;
          }
        } else if (kind == graph::NodeKind::kPerson && p.person_victim(n)) {
          victims += 1;
        }
      }
      if (cases >= q.min_cases && in_scope > 0) {
        ranked.push_back({c, cases, victims, *first});
      }
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) {
      if (a.cases != b.cases) {
        return a.cases > b.cases;
      }
      if (a.victims != b.victims) {
        return a.victims > b.victims;
      }
      return std::stoll(snap.graph.key(a.first_case).key) < std::stoll(snap.graph.key(b.first_case).key);
    });
    page.total = static_cast<int64_t>(ranked.size());
    for (size_t i = static_cast<size_t>(q.offset); i < ranked.size() && page.items.size() < static_cast<size_t>(q.limit);
         ++i) {
      NetworkSummary s;
      s.id = p.id_of(ranked[i].first_case);
      s.victims = ranked[i].victims;
      std::vector<int64_t> ids;
      std::vector<NetworkCaseView> mine, others;
      for (graph::NodeId n : comps->members[ranked[i].component]) {
        const graph::NodeKey& key = snap.graph.key(n);
        if (key.kind == graph::NodeKind::kCase) {
          s.cases += 1;
          NetworkCaseView cv;
          cv.id = p.id_of(n);
          cv.in_scope = p.case_in_scope(n);
          auto unit = snap.case_units.find(std::stoll(key.key));
          cv.unit_code = unit == snap.case_units.end() ? "" : unit->second.code;
          if (cv.in_scope) {
            s.cases_in_scope += 1;
            cv.case_id = std::stoll(key.key);
            if (mine.size() < 5) {
              mine.push_back(cv);
            }
          } else if (others.size() < 5) {
            others.push_back(cv);
          }
          if (static_cast<int64_t>(ids.size()) < kMaxProvinceReads) {
            ids.push_back(std::stoll(key.key));
          } else {
            s.provinces_partial = true;
          }
        } else if (key.kind == graph::NodeKind::kPerson) {
          s.persons += 1;
          for (const graph::HalfEdge& e : snap.graph.edges(n)) {
            if (e.kind == graph::EdgeKind::kSuspect) {
              s.suspects += 1;
              break;
            }
          }
        } else {
          s.identifiers[graph::node_kind_name(key.kind)] += 1;
        }
      }
      for (NetworkCaseView& cv : mine) {
        if (s.sample.size() < 5) {
          s.sample.push_back(std::move(cv));
        }
      }
      for (NetworkCaseView& cv : others) {
        if (s.sample.size() < 5 && !cv.in_scope) {
          s.sample.push_back(std::move(cv));
        }
      }
      case_ids.push_back(std::move(ids));
      page.items.push_back(std::move(s));
    }
    return 0;
  });
  FL_TRY(store_.write([&](store::Transaction& tx) -> Status {
    for (size_t i = 0; i < page.items.size(); ++i) {
      NetworkSummary& s = page.items[i];
      std::set<std::string> provinces;
      for (int64_t id : case_ids[i]) {
        FL_ASSIGN_OR_RETURN(domain::Case c, tx.cases().get(id));
        FL_ASSIGN_OR_RETURN(auto province, tx.reference().find_province(c.province_code));
        provinces.insert(province ? province->successor_code : c.province_code);
        for (NetworkCaseView& cv : s.sample) {
          if (cv.case_id == id) {
            cv.number = c.number;
            cv.status = domain::case_status_name(c.status);
            cv.province_code = c.province_code;
          }
        }
      }
      s.provinces.assign(provinces.begin(), provinces.end());
    }
    return store::append_audit(tx, audit_entry(who, clock_, "graph.networks", "graph", "", audit::Outcome::kOk,
                                               {{"min_cases", q.min_cases}, {"total", page.total},
                                                {"listed", page.items.size()}}));
  }));
  return page;
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
