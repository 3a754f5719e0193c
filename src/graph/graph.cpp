#include "graph/graph.hpp"

#include <algorithm>

#include "util/crypto.hpp"
#include "util/enum_names.hpp"

namespace frontline::graph {
namespace {

constexpr EnumNames<NodeKind, kNodeKindCount> kNodeKindNames{{{
    {NodeKind::kCase, "case"},
    {NodeKind::kPerson, "person"},
    {NodeKind::kPhone, "phone"},
    {NodeKind::kAccount, "account"},
    {NodeKind::kBankAccount, "bank_account"},
    {NodeKind::kVehicle, "vehicle"},
    {NodeKind::kAddress, "address"},
    {NodeKind::kOrganization, "organization"},
    {NodeKind::kDocument, "document"},
}}};

constexpr EnumNames<EdgeKind, 6> kEdgeKindNames{{{
    {EdgeKind::kVictim, "victim"},
    {EdgeKind::kSuspect, "suspect"},
    {EdgeKind::kWitness, "witness"},
    {EdgeKind::kReporter, "reporter"},
    {EdgeKind::kAppearsIn, "appears_in"},
    {EdgeKind::kHas, "has"},
}}};

}  // namespace

const char* node_kind_name(NodeKind k) { return kNodeKindNames.name(k); }
std::optional<NodeKind> parse_node_kind(std::string_view name) { return kNodeKindNames.parse(std::string(name)); }
const char* edge_kind_name(EdgeKind k) { return kEdgeKindNames.name(k); }

NodeKey case_node(int64_t case_id) { return {NodeKind::kCase, std::to_string(case_id)}; }
NodeKey person_node(int64_t person_id) { return {NodeKind::kPerson, std::to_string(person_id)}; }

Graph::Graph(std::string salt) : salt_(std::move(salt)) {}

std::string Graph::map_key(const NodeKey& key) {
  std::string k(1, static_cast<char>('a' + static_cast<int>(key.kind)));
  k += key.key;
  return k;
}

NodeId Graph::intern(const NodeKey& key, const std::string& label) {
  const std::string mk = map_key(key);
  auto it = by_key_.find(mk);
  if (it != by_key_.end()) {
    Node& n = nodes_[it->second];
    if (n.label.empty() && !label.empty()) {
      n.label = label;
    }
    return it->second;
  }
  const auto id = static_cast<NodeId>(nodes_.size());
  Node n;
  n.key = key;
  n.label = label;
  n.token = crypto::sha256_hex(salt_ + "\n" + node_kind_name(key.kind) + "\n" + key.key).substr(0, 16);
  by_token_.emplace(n.token, id);
  nodes_.push_back(std::move(n));
  by_key_.emplace(mk, id);
  return id;
}

void Graph::add_half(NodeId from, NodeId to, EdgeKind kind) {
  auto& list = nodes_[from].edges;
  for (HalfEdge& e : list) {
    if (e.to == to && e.kind == kind) {
      e.count += 1;
      return;
    }
  }
  list.push_back({to, kind, 1});
  if (from <= to) {
    edge_count_ += 1;  // counted once, from its lower end
  }
}

void Graph::drop_half(NodeId from, NodeId to, EdgeKind kind) {
  auto& list = nodes_[from].edges;
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i].to == to && list[i].kind == kind) {
      if (--list[i].count == 0) {
        list[i] = list.back();
        list.pop_back();
        if (from <= to) {
          edge_count_ -= 1;
        }
      }
      return;
    }
  }
}

void Graph::put_source(SourceKey source, const std::vector<EdgeFact>& edges) {
  remove_source(source);
  std::vector<StoredEdge> stored;
  stored.reserve(edges.size());
  for (const EdgeFact& f : edges) {
    const NodeId a = intern(f.a, "");
    const NodeId b = intern(f.b, f.b_label);
    if (a == b) {
      continue;
    }
    add_half(a, b, f.kind);
    add_half(b, a, f.kind);
    stored.push_back({a, b, f.kind});
  }
  if (!stored.empty()) {
    sources_[source_id(source)] = std::move(stored);
  }
  generation_ += 1;
}

void Graph::remove_source(SourceKey source) {
  auto it = sources_.find(source_id(source));
  if (it == sources_.end()) {
    return;
  }
  for (const StoredEdge& e : it->second) {
    drop_half(e.a, e.b, e.kind);
    drop_half(e.b, e.a, e.kind);
  }
  sources_.erase(it);
  generation_ += 1;
}

std::optional<NodeId> Graph::find(const NodeKey& key) const {
  auto it = by_key_.find(map_key(key));
  if (it == by_key_.end()) {
    return std::nullopt;
  }
  return it->second;
}

std::optional<NodeId> Graph::find_token(std::string_view token) const {
  auto it = by_token_.find(std::string(token));
  if (it == by_token_.end()) {
    return std::nullopt;
  }
  return it->second;
}

}  // namespace frontline::graph
