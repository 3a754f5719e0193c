#include "service/graph_index.hpp"

#include <algorithm>
#include <chrono>

#include <spdlog/spdlog.h>

#include "graph/entity_key.hpp"
#include "util/crypto.hpp"

namespace frontline::service {
namespace {

std::vector<graph::EdgeFact> edges_of(const store::LinkedPerson& lp) {
  std::vector<graph::PersonLink> links;
  for (const store::PersonCaseLink& l : lp.links) {
    links.push_back({l.case_id, l.role});
  }
  return graph::person_edges(lp.person.id, lp.person.identity, links);
}

constexpr graph::SourceKey person_source(int64_t id) { return {graph::SourceType::kPerson, id}; }
constexpr graph::SourceKey identifier_source(int64_t id) { return {graph::SourceType::kIdentifier, id}; }

}  // namespace

// The salt is random per process: node tokens are opaque and not comparable
// across restarts (docs/graph.md).
GraphIndex::GraphIndex(store::Store& store) : store_(store), graph_(crypto::random_token(16)) {}

Result<GraphBuildStats> GraphIndex::rebuild() {
  const auto start = std::chrono::steady_clock::now();
  GraphBuildStats stats;
  graph::Graph fresh(crypto::random_token(16));
  std::unordered_map<int64_t, CaseUnit> units;
  std::unordered_map<int64_t, std::vector<int64_t>> by_case;
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    FL_TRY(tx.persons().scan_linked([&](const store::LinkedPerson& lp) {
      for (const store::PersonCaseLink& l : lp.links) {
        units.try_emplace(l.case_id, CaseUnit{l.unit_code, l.unit_path});
      }
      fresh.put_source(person_source(lp.person.id), edges_of(lp));
      stats.persons += 1;
      return true;
    }));
    return tx.identifiers().scan([&](const store::ScopedIdentifier& s) {
      units.try_emplace(s.identifier.case_id, CaseUnit{s.unit_code, s.unit_path});
      fresh.put_source(identifier_source(s.identifier.id), {graph::identifier_edge(s.identifier)});
      by_case[s.identifier.case_id].push_back(s.identifier.id);
      stats.identifiers += 1;
      return true;
    });
  }));
  stats.nodes = static_cast<int64_t>(fresh.node_count());
  stats.edges = static_cast<int64_t>(fresh.edge_count());
  {
    std::unique_lock lock(mu_);
    graph_ = std::move(fresh);
    case_units_ = std::move(units);
    identifiers_of_case_ = std::move(by_case);
    std::lock_guard cache(components_mu_);
    components_.reset();  // the new graph's generation may equal the old one's
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

Status GraphIndex::refresh_person(int64_t person_id) {
  std::lock_guard serial(refresh_mu_);
  std::optional<store::LinkedPerson> found;
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    return tx.persons().scan_linked(
        [&](const store::LinkedPerson& lp) {
          found = lp;
          return false;
        },
        person_id);
  }));
  {
    std::unique_lock lock(mu_);
    if (!found) {
      graph_.remove_source(person_source(person_id));
      return {};
    }
    for (const store::PersonCaseLink& l : found->links) {
      case_units_.try_emplace(l.case_id, CaseUnit{l.unit_code, l.unit_path});
    }
    graph_.put_source(person_source(person_id), edges_of(*found));
  }
  for (const store::PersonCaseLink& l : found->links) {
    FL_TRY(reread_case_identifiers(l.case_id));
  }
  return {};
}

Status GraphIndex::refresh_case_identifiers(int64_t case_id) {
  std::lock_guard serial(refresh_mu_);
  return reread_case_identifiers(case_id);
}

Status GraphIndex::reread_case_identifiers(int64_t case_id) {
  std::vector<store::ScopedIdentifier> rows;
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    return tx.identifiers().scan(
        [&](const store::ScopedIdentifier& s) {
          rows.push_back(s);
          return true;
        },
        case_id);
  }));
  std::unique_lock lock(mu_);
  for (int64_t id : identifiers_of_case_[case_id]) {
    graph_.remove_source(identifier_source(id));
  }
  std::vector<int64_t> ids;
  for (const store::ScopedIdentifier& s : rows) {
    case_units_.try_emplace(case_id, CaseUnit{s.unit_code, s.unit_path});
    graph_.put_source(identifier_source(s.identifier.id), {graph::identifier_edge(s.identifier)});
    ids.push_back(s.identifier.id);
  }
  identifiers_of_case_[case_id] = std::move(ids);
  return {};
}

void GraphIndex::person_changed(int64_t person_id) {
  Status s = refresh_person(person_id);
  if (!s.ok()) {
    spdlog::error("graph index: could not refresh person {}: {}", person_id, s.error().message);
  }
}

void GraphIndex::case_identifiers_changed(int64_t case_id) {
  Status s = refresh_case_identifiers(case_id);
  if (!s.ok()) {
    spdlog::error("graph index: could not refresh the identifiers of case {}: {}", case_id, s.error().message);
  }
}

namespace {

int64_t case_id_of(const graph::Graph& g, graph::NodeId n) { return std::stoll(g.key(n).key); }

NetworkRanking rank(const graph::Graph& g) {
  NetworkRanking out;
  out.components = graph::components(g);
  for (uint32_t c = 0; c < out.components.members.size(); ++c) {
    RankedNetwork r;
    r.component = c;
    for (graph::NodeId n : out.components.members[c]) {
      const graph::NodeKind kind = g.key(n).kind;
      if (kind == graph::NodeKind::kCase) {
        r.case_nodes.push_back(n);
        if (r.cases == 0 || case_id_of(g, n) < case_id_of(g, r.first_case)) {
          r.first_case = n;
        }
        r.cases += 1;
      } else if (kind == graph::NodeKind::kPerson) {
        const auto& edges = g.edges(n);
        r.victims += std::any_of(edges.begin(), edges.end(),
                                 [](const graph::HalfEdge& e) { return e.kind == graph::EdgeKind::kVictim; })
                         ? 1
                         : 0;
      }
    }
    if (r.cases > 0) {
      out.ranked.push_back(std::move(r));
    }
  }
  std::sort(out.ranked.begin(), out.ranked.end(), [&](const RankedNetwork& a, const RankedNetwork& b) {
    if (a.cases != b.cases) {
      return a.cases > b.cases;
    }
    if (a.victims != b.victims) {
      return a.victims > b.victims;
    }
    return case_id_of(g, a.first_case) < case_id_of(g, b.first_case);
  });
  return out;
}

}  // namespace

std::shared_ptr<const NetworkRanking> GraphIndex::networks_locked() const {
  std::lock_guard lock(components_mu_);
  if (!components_ || components_generation_ != graph_.generation()) {
    components_ = std::make_shared<const NetworkRanking>(rank(graph_));
    components_generation_ = graph_.generation();
  }
  return components_;
}

}  // namespace frontline::service
