#include "graph/traverse.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace frontline::graph {

Reach neighbourhood(const Graph& g, NodeId start, int max_hops, size_t max_nodes) {
  Reach out;
  std::unordered_map<NodeId, int> seen{{start, 0}};
  out.nodes.push_back(start);
  out.hops.push_back(0);
  for (size_t i = 0; i < out.nodes.size(); ++i) {
    const int d = out.hops[i];
    if (d >= max_hops) {
      continue;
    }
    for (const HalfEdge& e : g.edges(out.nodes[i])) {
      if (seen.count(e.to) > 0) {
        continue;
      }
      if (out.nodes.size() >= max_nodes) {
        out.truncated = true;
        return out;
      }
      seen.emplace(e.to, d + 1);
      out.nodes.push_back(e.to);
      out.hops.push_back(d + 1);
    }
  }
  return out;
}

std::optional<std::vector<NodeId>> shortest_path(const Graph& g, NodeId from, NodeId to, int max_hops) {
  if (from == to) {
    return std::vector<NodeId>{from};
  }
  // parent[side][node]: the node it was reached from (itself for the roots).
  std::unordered_map<NodeId, NodeId> parent[2] = {{{from, from}}, {{to, to}}};
  std::vector<NodeId> frontier[2] = {{from}, {to}};
  int depth[2] = {0, 0};
  while (depth[0] + depth[1] < max_hops && !frontier[0].empty() && !frontier[1].empty()) {
    // Expand the smaller frontier by one level.
    const int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    const int other = 1 - side;
    std::vector<NodeId> next;
    std::optional<std::pair<NodeId, NodeId>> meet;  // (node on this side, node on the other)
    for (NodeId n : frontier[side]) {
      for (const HalfEdge& e : g.edges(n)) {
        if (parent[side].count(e.to) > 0) {
          continue;
        }
        parent[side].emplace(e.to, n);
        if (parent[other].count(e.to) > 0) {
          meet = std::make_pair(e.to, e.to);
          break;
        }
        next.push_back(e.to);
      }
      if (meet) {
        break;
      }
    }
    depth[side] += 1;
    if (meet) {
      const NodeId m = meet->first;
      std::vector<NodeId> left;  // from `from` to m
      for (NodeId n = m;; n = parent[0].at(n)) {
        left.push_back(n);
        if (n == from) {
          break;
        }
      }
      std::reverse(left.begin(), left.end());
      for (NodeId n = m; n != to;) {
        n = parent[1].at(n);
        left.push_back(n);
      }
      return left;
    }
    frontier[side] = std::move(next);
  }
  return std::nullopt;
}

Components components(const Graph& g) {
  Components out;
  const size_t n = g.node_count();
  out.of.assign(n, Components::kNone);
  std::vector<NodeId> queue;
  for (NodeId s = 0; s < n; ++s) {
    if (out.of[s] != Components::kNone || g.edges(s).empty()) {
      continue;
    }
    const auto c = static_cast<uint32_t>(out.members.size());
    out.members.emplace_back();
    queue.assign(1, s);
    out.of[s] = c;
    for (size_t i = 0; i < queue.size(); ++i) {
      for (const HalfEdge& e : g.edges(queue[i])) {
        if (out.of[e.to] == Components::kNone) {
          out.of[e.to] = c;
          queue.push_back(e.to);
        }
      }
    }
    std::sort(queue.begin(), queue.end());
    out.members.back() = queue;
  }
  return out;
}

}  // namespace frontline::graph
