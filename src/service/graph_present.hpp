// Internal to the graph service: naming nodes for a caller and deciding what
// each shows (under the index's lock), then reading what the store must
// supply (case numbers, names) and auditing (in one write transaction).
#pragma once

#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "service/graph_service.hpp"

namespace frontline::service::graph_detail {

// An entity as a query names it: "case:12", "person:7" or "<kind>:~<token>".
struct EntityRef {
  graph::NodeKind kind = graph::NodeKind::kCase;
  std::optional<int64_t> number;  // case or person id
  std::string token;
  std::string text;  // as given
};

// InvalidArgument naming `field` when `text` is not one of the forms.
Result<EntityRef> parse_entity(const std::string& field, const std::string& text);

// Records in `bad` that `field` must be lo..hi when `v` is outside.
void check_range(std::map<std::string, std::string>& bad, const std::string& field, int64_t v, int64_t lo,
                 int64_t hi);

// True when a case of unit `path` is in the caller's units.
bool in_units(const Principal& who, const std::string& path);

// What one caller sees of nodes of one snapshot. Memoizes per node.
class Presenter {
 public:
  Presenter(const GraphSnapshot& snap, const Principal& who) : snap_(snap), who_(who) {}

  // The node `ref` names if the caller may start there; NotFound otherwise.
  Result<graph::NodeId> resolve(const EntityRef& ref);
  std::string id_of(graph::NodeId n);
  // Everything a node shows that the graph knows; case details and names
  // are filled by finish().
  GraphNodeView view(graph::NodeId n, int hops);
  // The links among `nodes` (each once).
  std::vector<GraphEdgeView> induced_edges(const std::vector<graph::NodeId>& nodes);

  bool case_in_scope(graph::NodeId n);
  bool person_visible(graph::NodeId n);
  bool person_in_scope(graph::NodeId n);
  bool person_victim(graph::NodeId n);
  bool value_visible(graph::NodeId n);

 private:
  const GraphSnapshot& snap_;
  const Principal& who_;
  std::unordered_map<graph::NodeId, bool> case_scope_;
};

// Fills case details (number, title, status, province) of the in-scope case
// nodes and names of the visible persons from the store, audits the query as
// `action` with `detail` plus node and identity counts, and one
// "person.identity.read" per name shown.
Result<GraphView> finish(store::Store& store, const Clock& clock, const Principal& who, GraphView view,
                         const std::string& action, nlohmann::json detail);

}  // namespace frontline::service::graph_detail
