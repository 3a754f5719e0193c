// `frontline watchlist import`: CSV entries into a watchlist of a data
// directory, as the system (docs/watchlists.md has the columns).
#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "service/watchlist_service.hpp"

namespace frontline::cli {
namespace {

struct ImportArgs {
  std::string data;
  int64_t list = 0;
  std::string file;
  bool strict = false;
};

Status run_import(const ImportArgs& a) {
  FL_ASSIGN_OR_RETURN(std::string text, read_input_file(a.file));
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(a.data, app::Create::kNever));
  SystemClock clock;
  service::WatchlistService lists(*dir.store, clock);
  auto mode = a.strict ? service::ImportMode::kStrict : service::ImportMode::kGoodRows;
  auto report = lists.import_csv(service::Principal::system(), a.list, text, mode);
  if (!report.ok()) {
    std::string detail;
    for (const auto& [field, reason] : report.error().fields) {
      detail += "; " + field + ": " + reason;
    }
    return Error{report.error().code, report.error().message + detail, {}, {}};
  }
  for (const auto& e : report->errors) {
    for (const auto& [field, reason] : e.fields) {
      std::cerr << a.file << ":" << e.line << ": " << field << ": " << reason << "\n";
    }
  }
  for (const auto& d : report->duplicates) {
    std::cerr << a.file << ":" << d.line << ": duplicate (" << d.key << ") of "
              << (d.existing_entry_id != 0 ? "entry " + std::to_string(d.existing_entry_id)
                                           : "line " + std::to_string(d.first_line))
              << "\n";
  }
  std::cout << "watchlist import: " << report->rows << " rows read, " << report->imported << " imported, "
            << report->errors.size() << " bad, " << report->duplicates.size() << " duplicates"
            << (a.strict && !report->errors.empty() ? " (strict: nothing imported)" : "") << "\n";
  if (a.strict && !report->errors.empty()) {
    return Error::invalid("strict import refused: " + std::to_string(report->errors.size()) + " bad rows");
  }
  return {};
}

}  // namespace

void add_watchlist_commands(CLI::App& app, const Runner& runner) {
  auto* wl = app.add_subcommand("watchlist", "Watchlists");
  wl->require_subcommand(1);
  auto* imp = wl->add_subcommand(
      "import", "Import entries from a CSV file with a header row (columns by list type, docs/watchlists.md); bad "
                "rows and duplicates are reported by line, good rows imported in one transaction");
  auto args = std::make_shared<ImportArgs>();
  imp->add_option("--data", args->data, "data directory")->required();
  imp->add_option("--list", args->list, "watchlist id")->required()->check(CLI::PositiveNumber);
  imp->add_flag("--strict", args->strict, "import nothing when any row is bad");
  imp->add_option("FILE", args->file, "CSV file")->required();
  imp->callback([=] { runner([=] { return run_import(*args); }); });
}

}  // namespace frontline::cli
