// The link graph for investigators: the neighbourhood of a case, person or
// identifier up to k hops, the shortest path between two of them, and the
// networks (connected components) ranked by cases and victims, over the
// in-memory GraphIndex (docs/graph.md).
//
// Node ids: "case:<id>" for a case in the caller's units, "person:<id>",
// and "<kind>:~<token>" for identifiers and for cases outside the caller's
// units (the token is opaque and lasts while the server runs). Any id a
// response gave may be asked for again.
//
// Privacy, as screening (docs/screening.md): a case outside the caller's
// units shows only its unit; a person shows their name only when on a case
// in the caller's units and the role may see that identity (victims: need
// to know), else the pseudonym; an identifier shows its value only when the
// caller may read one record of it (an identifier of a case in their units
// not tied to a person, or one tied to a person whose identity they may
// see). Every query is audited ("graph.view", "graph.export",
// "graph.networks"), every name shown as "person.identity.read".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/export.hpp"
#include "service/graph_index.hpp"
#include "service/principal.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct GraphNodeView {
  std::string id;
  graph::NodeKind kind = graph::NodeKind::kCase;
  std::string label;     // case number (in scope), name or pseudonym, identifier value; "" when masked
  bool masked = false;   // the name or value is withheld
  bool in_scope = false; // case in the caller's units; person or identifier visible through one
  int hops = 0;          // distance from the start (a path: position on it)
  int degree = 0;        // links in the whole graph
  std::string unit_code;                  // cases
  std::optional<int64_t> case_id;         // cases in scope
  std::string title, status, province_code;  // cases in scope
  std::optional<int64_t> person_id;       // persons
  bool victim = false;                    // persons: a victim in some case
  std::vector<std::string> roles;         // persons: their roles, in cases of any unit
};

struct GraphEdgeView {
  std::string source;
  std::string target;
  std::string kind;  // graph::edge_kind_name
};

struct GraphView {
  std::string start;  // id of the node asked for
  std::vector<GraphNodeView> nodes;
  std::vector<GraphEdgeView> edges;  // every link among the nodes (a path: along it)
  bool truncated = false;            // the node limit cut the answer
};

struct NetworkCaseView {
  std::string id;
  bool in_scope = false;
  std::optional<int64_t> case_id;  // in scope only, as number and status
  std::string number, status, unit_code, province_code;
};

struct NetworkSummary {
  std::string id;  // id of its lowest-numbered case: give it as `entity` to network()
  int64_t cases = 0, cases_in_scope = 0, persons = 0, victims = 0, suspects = 0;
  std::map<std::string, int64_t> identifiers;  // by node kind name: phone, account, ...
  std::vector<std::string> provinces;          // current province codes of its cases
  bool provinces_partial = false;              // read from its first kMaxProvinceReads cases only
  std::vector<NetworkCaseView> sample;         // up to 5 cases, the caller's first
};

struct NetworkPage {
  std::vector<NetworkSummary> items;
  int64_t total = 0;
};

enum class GraphUse { kView, kExport };

struct NeighbourhoodQuery {
  std::string entity;
  int64_t hops = 2;    // 1..4
  int64_t limit = 500; // 1..2000 nodes
  GraphUse use = GraphUse::kView;
};

struct PathQuery {
  std::string from;
  std::string to;
  int64_t max_hops = 8;  // 1..12
};

struct NetworkQuery {
  int64_t min_cases = 2;  // 1..1000
  int64_t offset = 0;
  int64_t limit = 20;     // 1..100
};

inline constexpr int64_t kMaxProvinceReads = 1000;

class GraphService {
 public:
  GraphService(store::Store& store, const Clock& clock, GraphIndex& index)
      : store_(store), clock_(clock), index_(index) {}

  // PermissionDenied without kGraphRead. InvalidArgument naming "entity",
  // "hops" or "limit"; NotFound for an entity the caller may not start from
  // (a case outside their units by number, a person on none of their cases,
  // an unknown token).
  Result<GraphView> neighbourhood(const Principal& who, const NeighbourhoodQuery& q);
  // The whole network of `entity`, nearest first; `hops` is ignored.
  Result<GraphView> network(const Principal& who, const NeighbourhoodQuery& q);
  // InvalidArgument naming "from", "to" or "max_hops"; NotFound when no path
  // has at most max_hops links.
  Result<GraphView> path(const Principal& who, const PathQuery& q);
  // Networks with at least min_cases cases, one in the caller's units (all
  // for HQ analysts), by cases, then victims, descending. InvalidArgument
  // naming "min_cases", "offset" or "limit".
  Result<NetworkPage> networks(const Principal& who, const NetworkQuery& q);

 private:
  // Breadth-first from q.entity up to `hops` links (INT_MAX: the whole
  // network), audited with `query` as the kind of question.
  Result<GraphView> walk(const Principal& who, const NeighbourhoodQuery& q, int hops, const char* query);

  store::Store& store_;
  const Clock& clock_;
  GraphIndex& index_;
};

// A view as export rows (graph/export.hpp): nodes with their shown fields as attributes.
graph::ExportGraph to_export(const GraphView& view);

}  // namespace frontline::service
