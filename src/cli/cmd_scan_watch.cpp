// `frontline scan watch DIR`: ingests captured posts as they appear in a
// folder (scan/watch.hpp) and raises scan alerts (service/scan_alert_service)
// for the posts that score at or above the threshold or name an identifier
// already on a case or a flagged watchlist. Runs beside the server on the
// same data directory; its link graph and flagged lists are re-read every
// --refresh seconds. Stops on SIGINT/SIGTERM after the file in hand.
// docs/scan.md.
#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "scan/holder.hpp"
#include "scan/labelled.hpp"
#include "scan/watch.hpp"
#include "service/graph_index.hpp"
#include "service/scan_alert_service.hpp"
#include "service/scan_service.hpp"
#include "service/watchlist_identifiers.hpp"

namespace frontline::cli {
namespace {

struct WatchOptions {
  std::string dir;
  std::string data;
  std::string unit;
  std::string field = "text";
  double threshold = scan::kHighRisk;
  double interval = 2.0;
  double refresh = 300.0;
  bool once = false;
};

std::atomic<bool> g_stop{false};  // set by the signal handler only
extern "C" void on_stop_signal(int) { g_stop = true; }

// The unit alerts are raised for: --unit, else the root unit (HQ).
Result<std::string> alert_unit(store::Store& store, const std::string& asked) {
  return store::read_value<std::string>(store, [&](store::Transaction& tx) -> Result<std::string> {
    FL_ASSIGN_OR_RETURN(auto units, tx.reference().list_units());
    for (const auto& u : units) {
      if (asked.empty() ? u.parent_id == 0 : u.code == asked) return u.code;
    }
    return Error::invalid_field("unit", asked.empty() ? "no root unit in the store" : "is not a known unit code");
  });
}

struct Totals {
  int64_t files = 0, posts = 0, unreadable = 0, alerts = 0, high = 0, known = 0;
};

// Scans the readable items of one batch and raises their alerts.
Status handle_batch(std::vector<std::pair<std::string, scan::BatchItem>>& batch, service::ScanService& scanner,
                    service::ScanAlertService& alerts, const std::string& unit, double threshold, Totals& t) {
  if (batch.empty()) return {};
  const service::Principal system = service::Principal::system();
  std::vector<std::string> texts;
  for (const auto& [source, item] : batch) texts.push_back(item.text);
  FL_ASSIGN_OR_RETURN(std::vector<service::ScanItem> scanned, scanner.scan(system, texts, "vi"));
  for (size_t i = 0; i < batch.size(); ++i) {
    const auto& [source, item] = batch[i];
    if (!scanned[i].result) {
      ++t.unreadable;
      std::cerr << source << "#" << item.item << ": " << (scanned[i].error ? scanned[i].error->message : "not scanned")
                << "\n";
      continue;
    }
    service::AlertReasons why;
    why.high_risk = scanned[i].result->risk >= threshold;
    for (const auto& k : scanned[i].known) why.known += k.empty() ? 0 : 1;
    if (!why.any()) continue;
    FL_TRY(discard_value(alerts.raise(
        system, unit, service::alert_of(*scanned[i].result, item.text, source, static_cast<int64_t>(item.item), item.id, why))));
    ++t.alerts;
    t.high += why.high_risk ? 1 : 0;
    t.known += why.known > 0 ? 1 : 0;
  }
  batch.clear();
  return {};
}

Status run_watch(const WatchOptions& o) {
  if (!(o.threshold > 0.0 && o.threshold <= 1.0)) return Error::invalid_field("threshold", "must be in (0, 1]");
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(o.data, app::Create::kNever));
  FL_ASSIGN_OR_RETURN(std::string unit, alert_unit(*dir.store, o.unit));
  const auto folder = std::filesystem::absolute(o.dir);
  // One state file per watched folder, in the data directory.
  char name[40];
  std::snprintf(name, sizeof name, "watch-%016llx.json",
                static_cast<unsigned long long>(scan::fnv1a64(folder.generic_string())));
  std::error_code ec;
  std::filesystem::create_directories(dir.root / "scan", ec);
  FL_ASSIGN_OR_RETURN(scan::DirWatcher watcher, scan::DirWatcher::open(folder, dir.root / "scan" / name, o.field));
  FL_ASSIGN_OR_RETURN(auto holder, scan::ScannerHolder::open(dir.root / "scan" / "local_terms.json", &scan::builtin_model()));
  std::shared_ptr<scan::ScannerHolder> scanners = std::move(holder);
  SystemClock clock;
  service::GraphIndex graph(*dir.store);
  service::WatchlistIdentifiers flagged(*dir.store, clock);
  FL_TRY(discard_value(graph.rebuild()));
  FL_TRY(discard_value(flagged.rebuild()));
  service::ScanService scanner(*dir.store, clock, [scanners] { return scanners->current(); }, graph, flagged);
  service::ScanAlertService alerts(*dir.store, clock);

  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  std::cerr << "scan watch: " << folder.string() << " -> alerts for " << unit << " at risk >= " << o.threshold
            << (o.once ? " (one pass)" : "") << "\n";
  Totals total;
  auto refreshed = std::chrono::steady_clock::now();
  while (true) {
    if (std::chrono::steady_clock::now() - refreshed > std::chrono::duration<double>(o.refresh)) {
      FL_TRY(discard_value(graph.rebuild()));  // the server changes cases and lists meanwhile
      FL_TRY(discard_value(flagged.rebuild()));
      refreshed = std::chrono::steady_clock::now();
    }
    std::vector<std::pair<std::string, scan::BatchItem>> batch;
    Status failed;
    FL_ASSIGN_OR_RETURN(scan::WatchPass pass, watcher.poll(
        [&](const std::string& source, const scan::BatchItem& item) {
          if (!failed.ok()) return;
          if (!item.error.empty()) {
            ++total.unreadable;
            std::cerr << source << "#" << item.item << ": " << item.error << "\n";
            return;
          }
          batch.emplace_back(source, item);
          if (batch.size() >= service::kMaxScanTexts) failed = handle_batch(batch, scanner, alerts, unit, o.threshold, total);
        },
        !o.once));
    FL_TRY(failed);
    FL_TRY(handle_batch(batch, scanner, alerts, unit, o.threshold, total));
    total.files += pass.files;
    total.posts += pass.items;
    if (pass.files > 0 || o.once) {
      std::cerr << "scan watch: " << total.files << " files, " << total.posts << " posts, " << total.alerts
                << " alerts (" << total.high << " high risk, " << total.known << " with known identifiers), "
                << total.unreadable << " unreadable\n";
    }
    if (o.once || g_stop) break;
    for (double slept = 0; slept < o.interval && !g_stop; slept += 0.1) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (g_stop) break;
  }
  return {};
}

}  // namespace

void add_scan_watch_command(CLI::App& scan, const Runner& runner) {
  auto o = std::make_shared<WatchOptions>();
  auto* cmd = scan.add_subcommand("watch", "Ingest captured posts as they appear in a folder and raise scan alerts");
  cmd->add_option("dir", o->dir, "the folder capture tools write posts into (.txt, .jsonl, .csv)")->required();
  cmd->add_option("--data", o->data, "data directory")->required();
  cmd->add_option("--unit", o->unit, "unit code the alerts are raised for (default: the root unit)");
  cmd->add_option("--field", o->field, "JSON Lines field / CSV column of the text")->capture_default_str();
  cmd->add_option("--threshold", o->threshold, "alert at or above this risk (0-1)")->capture_default_str();
  cmd->add_option("--interval", o->interval, "seconds between passes")->capture_default_str()->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--refresh", o->refresh, "seconds between re-reads of the link graph and flagged lists")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 86400.0));
  cmd->add_flag("--once", o->once, "one pass, reading files at once, then exit");
  cmd->callback([=] { runner([=]() { return run_watch(*o); }); });
}

}  // namespace frontline::cli
