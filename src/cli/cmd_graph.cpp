// `frontline graph export`: the link graph as GraphML or CSV, from the data
// directory (the server need not run), as the system sees it (every unit,
// every identity; audited as graph.export by "system"). With --case, the
// network of that case (or its neighbourhood with --hops); without, every
// network of at least --min-cases cases. docs/graph.md.
#include <iostream>
#include <map>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "graph/export.hpp"
#include "service/graph_service.hpp"
#include "util/durable_file.hpp"

namespace frontline::cli {
namespace {

struct GraphExportOptions {
  std::string data;
  std::string format = "graphml";
  int64_t case_id = 0;
  int64_t hops = 0;
  int64_t min_cases = 2;
  std::string out;
};

// Every network of at least min_cases cases, one view (nodes and edges once).
Result<service::GraphView> all_networks(service::GraphService& graph, const service::Principal& who,
                                        int64_t min_cases, bool& truncated) {
  service::GraphView all;
  std::map<std::string, bool> seen;
  for (int64_t offset = 0;; offset += 100) {
    FL_ASSIGN_OR_RETURN(service::NetworkPage page, graph.networks(who, {min_cases, offset, 100}));
    for (const service::NetworkSummary& n : page.items) {
      service::NeighbourhoodQuery q;
      q.entity = n.id;
      q.limit = 2000;
      q.use = service::GraphUse::kExport;
      FL_ASSIGN_OR_RETURN(service::GraphView v, graph.network(who, q));
      truncated = truncated || v.truncated;
      for (auto& node : v.nodes) {
        if (seen.emplace(node.id, true).second) {
          all.nodes.push_back(std::move(node));
        }
      }
      all.edges.insert(all.edges.end(), v.edges.begin(), v.edges.end());
    }
    if (offset + 100 >= page.total) {
      return all;
    }
  }
}

Status run_export(const GraphExportOptions& o) {
  if (o.format != "graphml" && o.format != "csv") {
    return Error::invalid_field("format", "must be graphml or csv");
  }
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(o.data, app::Create::kNever));
  SystemClock clock;
  service::GraphIndex index(*dir.store);
  FL_ASSIGN_OR_RETURN(service::GraphBuildStats stats, index.rebuild());
  std::cerr << "link graph: " << stats.nodes << " nodes, " << stats.edges << " links\n";
  service::GraphService graph(*dir.store, clock, index);
  const service::Principal who = service::Principal::system();
  service::GraphView view;
  bool truncated = false;
  if (o.case_id > 0) {
    service::NeighbourhoodQuery q;
    q.entity = "case:" + std::to_string(o.case_id);
    q.hops = o.hops;
    q.limit = 2000;
    q.use = service::GraphUse::kExport;
    FL_ASSIGN_OR_RETURN(view, o.hops > 0 ? graph.neighbourhood(who, q) : graph.network(who, q));
    truncated = view.truncated;
  } else {
    FL_ASSIGN_OR_RETURN(view, all_networks(graph, who, o.min_cases, truncated));
  }
  const graph::ExportGraph g = service::to_export(view);
  const std::string text = o.format == "graphml" ? graph::to_graphml(g) : graph::to_csv(g);
  if (o.out.empty() || o.out == "-") {
    std::cout << text;
  } else {
    FL_TRY(durable::write_file(o.out, text, 0600));
  }
  std::cerr << "exported " << view.nodes.size() << " nodes and " << view.edges.size() << " links"
            << (truncated ? " (a network was cut at 2000 nodes)" : "") << "\n";
  return {};
}

}  // namespace

void add_graph_commands(CLI::App& app, const Runner& runner) {
  auto* graph = app.add_subcommand("graph", "The link graph of cases, persons and identifiers");
  graph->require_subcommand(1);
  auto o = std::make_shared<GraphExportOptions>();
  auto* cmd = graph->add_subcommand("export", "Write networks of the link graph as GraphML (Gephi) or CSV");
  cmd->add_option("--data", o->data, "data directory")->required();
  cmd->add_option("--format", o->format, "graphml or csv")->capture_default_str();
  cmd->add_option("--case", o->case_id, "only the network of this case (id)");
  cmd->add_option("--hops", o->hops, "with --case: only nodes this many links away (1-4)");
  cmd->add_option("--min-cases", o->min_cases, "without --case: networks of at least this many cases")
      ->capture_default_str();
  cmd->add_option("--out", o->out, "file to write (default: standard output); written with mode 0600");
  cmd->callback([=] { runner([=]() { return run_export(*o); }); });
}

}  // namespace frontline::cli
