// The link graph of cases and the entities that appear in them, as plain
// in-memory topology (no store, no HTTP, no privacy: the service layer
// decides what a caller sees; docs/graph.md).
//
// Nodes are cases, persons and identifiers (phones, online accounts, bank
// accounts, vehicles, addresses, organizations, identity documents), each
// named by a NodeKey: its kind and a normalized key (a case or person id in
// decimal, an E.164 phone, "facebook/handle", ...). Edges are undirected and
// labelled: a person's role in a case, an identifier that appears in a case,
// or a person who has an identifier.
//
// Edges come from sources (a person with their identity and case links, or
// one identifier recorded on a case). put_source replaces everything one
// source said before, so keeping the graph current is re-reading the source
// that changed. Two sources may state the same edge; it stays until both
// withdraw it. Nodes are never removed (one left without edges is skipped by
// every query but a direct lookup).
//
// Not thread-safe: the owner serializes writers against readers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontline::graph {

enum class NodeKind : uint8_t {
  kCase,
  kPerson,
  kPhone,
  kAccount,
  kBankAccount,
  kVehicle,
  kAddress,
  kOrganization,
  kDocument,
};
inline constexpr int kNodeKindCount = 9;

const char* node_kind_name(NodeKind k);
std::optional<NodeKind> parse_node_kind(std::string_view name);

// Person-case edges carry the person's role; the others say what links.
enum class EdgeKind : uint8_t { kVictim, kSuspect, kWitness, kReporter, kAppearsIn, kHas };

const char* edge_kind_name(EdgeKind k);

struct NodeKey {
  NodeKind kind = NodeKind::kCase;
  std::string key;
  bool operator==(const NodeKey& o) const { return kind == o.kind && key == o.key; }
};

NodeKey case_node(int64_t case_id);
NodeKey person_node(int64_t person_id);

// One edge as a source states it; `a_label`/`b_label` (may be empty) become
// the node's label when it has none yet (an identifier as first written).
struct EdgeFact {
  NodeKey a;
  NodeKey b;
  EdgeKind kind = EdgeKind::kAppearsIn;
  std::string b_label;
};

enum class SourceType : uint8_t { kPerson, kIdentifier };
struct SourceKey {
  SourceType type = SourceType::kPerson;
  int64_t id = 0;
};

using NodeId = uint32_t;

struct HalfEdge {
  NodeId to = 0;
  EdgeKind kind = EdgeKind::kAppearsIn;
  uint32_t count = 0;  // how many sources state it
};

class Graph {
 public:
  // `salt` keys the opaque node tokens (token()); give each process its own.
  explicit Graph(std::string salt);

  // Replaces every edge `source` stated before with `edges`.
  void put_source(SourceKey source, const std::vector<EdgeFact>& edges);
  void remove_source(SourceKey source);

  std::optional<NodeId> find(const NodeKey& key) const;
  // The node whose token() is `token`, if any.
  std::optional<NodeId> find_token(std::string_view token) const;

  const NodeKey& key(NodeId n) const { return nodes_[n].key; }
  const std::string& label(NodeId n) const { return nodes_[n].label; }
  // 16 hex characters of SHA-256(salt, kind, key): names a node without
  // showing its key, stable while the process lives.
  const std::string& token(NodeId n) const { return nodes_[n].token; }
  const std::vector<HalfEdge>& edges(NodeId n) const { return nodes_[n].edges; }

  size_t node_count() const { return nodes_.size(); }
  // Edges stated by at least one source.
  size_t edge_count() const { return edge_count_; }
  // Bumped by every change; lets callers cache derived data.
  uint64_t generation() const { return generation_; }

 private:
  struct Node {
    NodeKey key;
    std::string label;
    std::string token;
    std::vector<HalfEdge> edges;
  };
  struct StoredEdge {
    NodeId a = 0;
    NodeId b = 0;
    EdgeKind kind = EdgeKind::kAppearsIn;
  };

  NodeId intern(const NodeKey& key, const std::string& label);
  void add_half(NodeId from, NodeId to, EdgeKind kind);
  void drop_half(NodeId from, NodeId to, EdgeKind kind);
  static std::string map_key(const NodeKey& key);
  static int64_t source_id(SourceKey s) { return s.id * 2 + (s.type == SourceType::kIdentifier ? 1 : 0); }

  std::string salt_;
  std::vector<Node> nodes_;
  std::unordered_map<std::string, NodeId> by_key_;
  std::unordered_map<std::string, NodeId> by_token_;
  std::unordered_map<int64_t, std::vector<StoredEdge>> sources_;
  size_t edge_count_ = 0;
  uint64_t generation_ = 0;
};

}  // namespace frontline::graph
