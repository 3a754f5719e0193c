// `frontline links scan`: the batch cross-reference of every case person
// (docs/links.md). Builds the screening index, asks it for each person's
// duplicates and shared identifiers, and records the proposals not recorded
// yet, for investigators to review. Run it after an import or nightly; the
// server proposes the links of each person it writes on its own.
#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "service/link_service.hpp"

namespace frontline::cli {
namespace {

struct ScanArgs {
  std::string data;
  int threads = 2;
};

Status run_scan(const ScanArgs& a) {
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(a.data, app::Create::kNever));
  SystemClock clock;
  service::ScreeningIndex index(*dir.store, clock);
  FL_ASSIGN_OR_RETURN(int64_t indexed, index.rebuild());
  std::cerr << "links scan: " << indexed << " records indexed\n";
  FL_ASSIGN_OR_RETURN(service::LinkScanReport report,
                      service::scan_links(*dir.store, clock, index.index(), a.threads, [](int64_t done) {
                        std::cerr << "links scan: " << done << " persons\n";
                      }));
  std::cout << "links scan: " << report.persons << " persons cross-referenced, " << report.proposed
            << " new proposals\n";
  return {};
}

}  // namespace

void add_links_commands(CLI::App& app, const Runner& runner) {
  auto* links = app.add_subcommand("links", "Cross-case links between persons");
  links->require_subcommand(1);
  auto* scan = links->add_subcommand(
      "scan", "Cross-reference every case person against all others and record the proposed duplicates and "
              "shared identifiers not recorded yet (audited as the system)");
  auto args = std::make_shared<ScanArgs>();
  scan->add_option("--data", args->data, "data directory")->required();
  scan->add_option("--threads", args->threads, "threads")->capture_default_str()->check(CLI::Range(1, 64));
  scan->callback([=] { runner([=] { return run_scan(*args); }); });
}

}  // namespace frontline::cli
