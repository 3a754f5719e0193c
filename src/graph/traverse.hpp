// Walking the link graph: the neighbourhood of a node, the shortest path
// between two nodes, and the connected components (networks). Pure functions
// over a Graph the caller holds still (no writer in between).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/graph.hpp"

namespace frontline::graph {

struct Reach {
  std::vector<NodeId> nodes;  // breadth-first order, `start` first
  std::vector<int> hops;      // hops[i]: distance of nodes[i] from start
  bool truncated = false;     // max_nodes stopped the walk before all were reached
};

// Every node within `max_hops` edges of `start`, at most `max_nodes` of them
// (the nearest first; ties in the order edges were added).
Reach neighbourhood(const Graph& g, NodeId start, int max_hops, size_t max_nodes);

// The nodes of a shortest path from `from` to `to` (both included; one node
// when they are the same), or nullopt when none has at most `max_hops` edges.
// Breadth-first from both ends.
std::optional<std::vector<NodeId>> shortest_path(const Graph& g, NodeId from, NodeId to, int max_hops);

struct Components {
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> of;                   // of[node]: its component, kNone for a node without edges
  std::vector<std::vector<NodeId>> members;   // each component's nodes, ascending
};

// The connected components of the nodes that have at least one edge.
Components components(const Graph& g);

}  // namespace frontline::graph
