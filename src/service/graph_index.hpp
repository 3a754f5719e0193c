// The link graph of cases, persons and identifiers in memory (graph::Graph),
// kept current from the store: built at start from every linked person
// (PersonRepo::scan_linked) and every case identifier (IdentifierRepo::scan),
// then told after each committed change to a person (PersonIndexSink) or to
// a case's identifiers (IdentifierSink) and re-reading just that source.
//
// Thread-safety: every member may be called from any thread; readers share
// a lock, a refresh takes it exclusively for the swap of one source's edges.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/graph.hpp"
#include "graph/traverse.hpp"
#include "service/identifier_service.hpp"
#include "service/person_index_sink.hpp"
#include "store/store.hpp"

namespace frontline::service {

// The unit of a case node (cases never change unit).
struct CaseUnit {
  std::string code;
  std::string path;  // "/1/7/"
};

// What readers see, held still while they hold it.
struct GraphSnapshot {
  const graph::Graph& graph;
  const std::unordered_map<int64_t, CaseUnit>& case_units;
};

// A network (connected component) as networks() ranks it.
struct RankedNetwork {
  uint32_t component = 0;
  int64_t cases = 0;
  int64_t victims = 0;
  graph::NodeId first_case = 0;  // lowest case id
  std::vector<graph::NodeId> case_nodes;
};

// The components of one graph generation and those with a case, ranked by
// cases, then victims (descending), then lowest case id.
struct NetworkRanking {
  graph::Components components;
  std::vector<RankedNetwork> ranked;
};

struct GraphBuildStats {
  int64_t persons = 0;
  int64_t identifiers = 0;
  int64_t nodes = 0;
  int64_t edges = 0;
  double seconds = 0.0;
};

class GraphIndex final : public PersonIndexSink, public IdentifierSink {
 public:
  explicit GraphIndex(store::Store& store);

  // Reads every linked person and every identifier and replaces the graph.
  Result<GraphBuildStats> rebuild();
  // Re-read one person's edges (and the identifiers of their cases: a
  // person merge moves identifiers tied to a person), or one case's
  // identifiers. Log failures.
  void person_changed(int64_t person_id) override;
  void case_identifiers_changed(int64_t case_id) override;
  // The same, returning the failure.
  Status refresh_person(int64_t person_id);
  Status refresh_case_identifiers(int64_t case_id);

  // Runs `fn(const GraphSnapshot&)` under the shared lock and returns what it returns.
  template <typename F>
  auto read(F fn) const {
    std::shared_lock lock(mu_);
    return fn(GraphSnapshot{graph_, case_units_});
  }
  // The connected components of the current graph and their ranking,
  // computed once per generation. Call only inside read() (the graph must
  // stay still).
  std::shared_ptr<const NetworkRanking> networks_locked() const;

 private:
  // refresh_case_identifiers with refresh_mu_ already held.
  Status reread_case_identifiers(int64_t case_id);

  store::Store& store_;
  mutable std::shared_mutex mu_;
  graph::Graph graph_;
  std::unordered_map<int64_t, CaseUnit> case_units_;
  std::unordered_map<int64_t, std::vector<int64_t>> identifiers_of_case_;
  // Held across a refresh's read and apply, so two refreshes never apply
  // out of the order they read in (a later commit is never overwritten by an
  // earlier read).
  std::mutex refresh_mu_;
  mutable std::mutex components_mu_;
  mutable std::shared_ptr<const NetworkRanking> components_;
  mutable uint64_t components_generation_ = UINT64_MAX;
};

}  // namespace frontline::service
