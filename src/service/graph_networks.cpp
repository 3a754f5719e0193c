// GraphService::networks: the ranked components (cached per graph
// generation by GraphIndex) filtered to the caller's, one page summarized,
// provinces read from the store.
#include <climits>
#include <set>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/graph_present.hpp"
#include "service/graph_service.hpp"

namespace frontline::service {
namespace {

constexpr size_t kSample = 5;

int64_t number_of(const graph::Graph& g, graph::NodeId n) { return std::stoll(g.key(n).key); }

// Counts of one network and its sample; case ids (at most kMaxProvinceReads)
// for the provinces.
NetworkSummary summarize(const GraphSnapshot& snap, graph_detail::Presenter& p, const NetworkRanking& ranking,
                         const RankedNetwork& r, std::vector<int64_t>& case_ids) {
  NetworkSummary s;
  s.id = p.id_of(r.first_case);
  s.cases = r.cases;
  s.victims = r.victims;
  std::vector<NetworkCaseView> others;
  for (graph::NodeId n : r.case_nodes) {
    NetworkCaseView cv;
    cv.id = p.id_of(n);
    cv.in_scope = p.case_in_scope(n);
    auto unit = snap.case_units.find(number_of(snap.graph, n));
    cv.unit_code = unit == snap.case_units.end() ? "" : unit->second.code;
    if (cv.in_scope) {
      s.cases_in_scope += 1;
      cv.case_id = number_of(snap.graph, n);
      if (s.sample.size() < kSample) {
        s.sample.push_back(cv);
      }
    } else if (others.size() < kSample) {
      others.push_back(cv);
    }
    if (static_cast<int64_t>(case_ids.size()) < kMaxProvinceReads) {
      case_ids.push_back(number_of(snap.graph, n));
    } else {
      s.provinces_partial = true;
    }
  }
  for (NetworkCaseView& cv : others) {
    if (s.sample.size() < kSample) {
      s.sample.push_back(std::move(cv));
    }
  }
  for (graph::NodeId n : ranking.components.members[r.component]) {
    const graph::NodeKey& key = snap.graph.key(n);
    if (key.kind == graph::NodeKind::kPerson) {
      s.persons += 1;
      const auto& edges = snap.graph.edges(n);
      s.suspects += std::any_of(edges.begin(), edges.end(),
                                [](const graph::HalfEdge& e) { return e.kind == graph::EdgeKind::kSuspect; })
                        ? 1
                        : 0;
    } else if (key.kind != graph::NodeKind::kCase) {
      s.identifiers[graph::node_kind_name(key.kind)] += 1;
    }
  }
  return s;
}

}  // namespace

Result<NetworkPage> GraphService::networks(const Principal& who, const NetworkQuery& q) {
  FL_TRY(require(who, domain::Permission::kGraphRead, "read the link graph"));
  FieldErrors bad;
  graph_detail::check_range(bad, "min_cases", q.min_cases, 1, 1000);
  graph_detail::check_range(bad, "offset", q.offset, 0, INT32_MAX);
  graph_detail::check_range(bad, "limit", q.limit, 1, 100);
  if (!bad.empty()) {
    return Error::invalid("the network query has invalid fields", bad);
  }
  NetworkPage page;
  std::vector<std::vector<int64_t>> case_ids;  // per listed network
  index_.read([&](const GraphSnapshot& snap) {
    graph_detail::Presenter p(snap, who);
    const auto ranking = index_.networks_locked();
    int64_t matched = 0;
    for (const RankedNetwork& r : ranking->ranked) {
      if (r.cases < q.min_cases) {
        break;  // ranked by cases, descending
      }
      const bool mine = std::any_of(r.case_nodes.begin(), r.case_nodes.end(),
                                    [&](graph::NodeId n) { return p.case_in_scope(n); });
      if (!mine) {
        continue;
      }
      if (matched >= q.offset && static_cast<int64_t>(page.items.size()) < q.limit) {
        case_ids.emplace_back();
        page.items.push_back(summarize(snap, p, *ranking, r, case_ids.back()));
      }
      matched += 1;
    }
    page.total = matched;
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

}  // namespace frontline::service
